import type { Locale } from '../../i18n/locale.js';
import type { MaterialityModel } from '../../model/report-model.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { mdText } from '../markdown.js';
import { compareTargets } from '../../catalog/target-order.js';
import { priorityOverride } from '../../model/materiality.js';
import { words } from '../../i18n/words.js';

/** The materiality assessment as a Markdown table, highest score first, prioritised targets in bold; every value escaped. */
export function renderMatrixMarkdown(m: MaterialityModel, locale: Locale): string {
  const t = (key: string) => label(locale, key) ?? key;
  const out = [`# ${t('matrix.title')}: ${mdText(m.title)}`, ''];
  const facts = [
    m.date ? mdText(formatDate(m.date, locale)) : undefined,
    `${t('col.significance')} × ${t('col.influence')} ${m.scale.min}–${m.scale.max}`,
    m.threshold !== null ? `${t('matrix.threshold')}: ${formatNumber(m.threshold, locale)}` : undefined,
  ].filter(Boolean);
  out.push(facts.join(' · '), '');
  out.push(`| ${t('col.target')} | ${t('col.title')} | ${t('col.significance')} | ${t('col.influence')} | ${t('col.sum')} | ${t('col.prioritised')} | ${t('col.goals')} |`);
  out.push('|---|---|---:|---:|---:|---|---|');
  const entries = [...m.entries].sort((a, b) => b.sum - a.sum || b.significance - a.significance || compareTargets(a.target, b.target));
  const w = words(locale).matrixTrace;
  let overridden = false;
  for (const e of entries) {
    const id = e.prioritised ? `**${mdText(e.target)}**` : mdText(e.target);
    // An override of the threshold is said so, not left to look like a mistake.
    const override = priorityOverride(e, m.threshold);
    overridden ||= override !== null;
    const prioritised = override === 'raised' ? `↑ ${w.overrideRaised}` : override === 'lowered' ? `↓ ${w.overrideLowered}` : e.prioritised ? t('yes') : t('no');
    out.push(
      `| ${id} | ${mdText(e.title)} | ${formatNumber(e.significance, locale)} | ${formatNumber(e.influence, locale)} | ${formatNumber(e.sum, locale)} | ${prioritised} | ${mdText(e.goals.map((g) => g.title).join('; ')) || t('none')} |`,
    );
  }
  if (overridden) out.push('', w.overrideNote);
  return `${out.join('\n')}\n`;
}
