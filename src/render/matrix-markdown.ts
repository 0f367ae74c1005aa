import type { Locale } from '../catalog/catalog.js';
import type { MaterialityModel } from '../model/report-model.js';
import { formatDate, formatNumber } from './format.js';
import { label } from './labels.js';
import { compareIds } from './svg/matrix.js';

const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** The materiality assessment as a Markdown table, highest score first, prioritised targets in bold. */
export function renderMatrixMarkdown(m: MaterialityModel, locale: Locale): string {
  const t = (key: string) => label(locale, key) ?? key;
  const out = [`# ${t('matrix.title')}: ${m.title}`, ''];
  const facts = [
    m.date ? formatDate(m.date, locale) : undefined,
    `${t('col.significance')} × ${t('col.influence')} ${m.scale.min}–${m.scale.max}`,
    m.threshold !== null ? `${t('matrix.threshold')}: ${formatNumber(m.threshold, locale)}` : undefined,
  ].filter(Boolean);
  out.push(facts.join(' · '), '');
  out.push(`| ${t('col.target')} | ${t('col.title')} | ${t('col.significance')} | ${t('col.influence')} | ${t('col.sum')} | ${t('col.prioritised')} | ${t('col.goals')} |`);
  out.push('|---|---|---:|---:|---:|---|---|');
  const entries = [...m.entries].sort((a, b) => b.sum - a.sum || b.significance - a.significance || compareIds(a.target, b.target));
  for (const e of entries) {
    const id = e.prioritised ? `**${e.target}**` : e.target;
    out.push(
      `| ${id} | ${cell(e.title)} | ${formatNumber(e.significance, locale)} | ${formatNumber(e.influence, locale)} | ${formatNumber(e.sum, locale)} | ${e.prioritised ? t('yes') : t('no')} | ${cell(e.goals.map((g) => g.title).join('; ')) || t('none')} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
