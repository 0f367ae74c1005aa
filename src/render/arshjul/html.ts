import type { FulfillingReport } from '../../model/status-report/deadlines.js';
import { fulfilledText } from './md.js';
import type { Occurrence } from '../../arshjul/occurrences.js';
import { byMonth, type YearWindow } from '../../arshjul/window.js';
import { markShape } from './style.js';
import { renderWheelSvg } from './svg.js';
import { xml as escapeXml } from '../../output/xml.js';
import { occurrenceDate } from '../../arshjul/occurrence-date.js';
import type { Category } from '../../arshjul/categories.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';
import { monthName } from '../../i18n/format.js';

export interface HtmlOptions {
  locale: Locale;
  title: string;
  windows: readonly YearWindow[];
  categories: readonly Category[];
  today?: string;
  windowNote?: (window: YearWindow) => string | undefined;
  /** The StatusReports that fulfil a report deadline (model/status-report/deadlines.ts). */
  reportsOf?: (o: Occurrence) => readonly FulfillingReport[];
}

const CSS = `
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;color:#1a1a1a;margin:0 auto;max-width:1200px;padding:24px;line-height:1.4}
h1{font-size:1.8rem;margin:0 0 .5rem}
h2{font-size:1.4rem;margin:2rem 0 .5rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem;border-bottom:1px solid #999;break-after:avoid}
figure{margin:0}
figure svg{width:100%;height:auto;display:block}
ul{list-style:none;margin:0;padding:0}
li{margin:.35rem 0;break-inside:avoid;display:grid;grid-template-columns:18px 9.5rem 1fr;gap:.4rem}
li svg{margin-top:.2rem}
.date{color:#444;font-variant-numeric:tabular-nums}
.meta{display:block;color:#444;font-size:.9rem}
.empty{color:#555;font-style:italic}
.months{columns:2 360px;column-gap:2.5rem}
.months section{break-inside:avoid-column}
@page{size:A4 landscape;margin:12mm}
@media print{body{max-width:none;padding:0}figure svg{width:auto;max-width:100%;height:145mm;margin:0 auto}.year{break-before:page}.year:first-of-type{break-before:auto}.months{break-before:page}a{color:inherit}}
`;

/** A self-contained, print-ready HTML page: per year the wheel and a month-by-month list. */
export function renderHtml(occurrences: readonly Occurrence[], options: HtmlOptions): string {
  const t = words(options.locale).arshjul;
  const years = options.windows.map((window) => {
    const note = options.windowNote?.(window);
    const wheel = renderWheelSvg(occurrences, { locale: options.locale, title: options.title, window, categories: options.categories, today: options.today, hubNote: note, idPrefix: `y${window.year}-` });
    const months = byMonth(occurrences, window).map((m) => {
      const name = monthName(options.locale, m.month);
      const items = m.occurrences.length === 0 ? `<p class="empty">${escapeXml(t.noEvents)}</p>` : `<ul>${m.occurrences.map((o) => item(o, options.locale, options.reportsOf)).join('')}</ul>`;
      return `<section><h3>${escapeXml(window.startMonth === 1 ? name : `${name} ${m.year}`)}</h3>${items}</section>`;
    });
    return `<section class="year"><h2>${escapeXml(`${t.wheel} ${window.label}`)}${note ? ` <small>(${escapeXml(note)})</small>` : ''}</h2><figure>${wheel}</figure><div class="months">${months.join('')}</div></section>`;
  });
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(options.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeXml(options.title)}</h1>
${years.join('\n')}
</body>
</html>
`;
}

function item(o: Occurrence, locale: Locale, reportsOf?: HtmlOptions['reportsOf']): string {
  const t = words(locale).arshjul;
  const e = o.event;
  const meta = [
    t.categories[e.category],
    e.body ? `${t.body}: ${e.body}` : undefined,
    e.legalBasis ? `${t.legalBasis}: ${e.legalBasis}` : undefined,
  ].filter(Boolean).join(' · ');
  const extra = [e.description, e.certainty ? t.certainty[e.certainty] : undefined].filter(Boolean).join(' ');
  const done = fulfilledText(o, reportsOf, locale);
  const chip = `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${markShape(e.category, 7, 7, 10)}</svg>`;
  return `<li data-event="${escapeXml(e.id)}">${chip}<span class="date">${escapeXml(occurrenceDate(locale, o))}</span><span><strong>${escapeXml(e.title)}</strong><span class="meta">${escapeXml(meta)}</span>${extra ? `<span class="meta">${escapeXml(extra)}</span>` : ''}${done ? `<span class="meta" data-reports="${escapeXml((reportsOf?.(o) ?? []).map((r) => r.id).join(' '))}">${escapeXml(done)}</span>` : ''}</span></li>`;
}
