import type { FulfillingReport } from '../../model/status-report/deadlines.js';
import { fulfilledText } from './md.js';
import type { Occurrence } from '../../arshjul/occurrences.js';
import { byMonth, type YearWindow } from '../../arshjul/window.js';
import { markShape } from './style.js';
import { renderWheelSvg } from './svg.js';
import { layoutWheel } from './wheel-layout.js';
import { CATEGORY_STYLE } from './style.js';
import { xml as escapeXml } from '../xml.js';
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
.key{font-size:1rem;margin:1rem 0 0}
.key h4{font-size:1.05rem;margin:1rem 0 .4rem}
.key ol,.key .series{columns:2 22rem;column-gap:2rem;margin:0;padding:0;list-style:none}
.key li{grid-template-columns:18px 2rem 7.5rem 1fr;margin:.15rem 0}
.key .series li{grid-template-columns:1.4rem 18px 1fr}
.key .n{font-weight:bold;text-align:right;font-variant-numeric:tabular-nums}
.key .legend{display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0;padding:0}
.key .legend li{display:flex;align-items:center;gap:.4rem}
@page{size:A4 landscape;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}h1{margin:0}h2{margin:.3rem 0}figure svg{width:auto;max-width:100%;height:150mm;margin:0 auto}.key{break-before:page;font-size:10pt}.key ol,.key .series{columns:2}.key li{grid-template-columns:16px 1.6rem 7rem 1fr;gap:.3rem}.year{break-before:page}.year:first-of-type{break-before:auto}.months{break-before:page}a{color:inherit}}
`;

/** A self-contained, print-ready HTML page: per year the wheel and a month-by-month list. */
export function renderHtml(occurrences: readonly Occurrence[], options: HtmlOptions): string {
  const t = words(options.locale).arshjul;
  const years = options.windows.map((window) => {
    const note = options.windowNote?.(window);
    // The page has the title and the year as headings, and the key as text: the picture holds only the wheel.
    const wheel = renderWheelSvg(occurrences, { locale: options.locale, title: options.title, window, categories: options.categories, today: options.today, hubNote: note, idPrefix: `y${window.year}-`, heading: false, key: false });
    const months = byMonth(occurrences, window).map((m) => {
      const name = monthName(options.locale, m.month);
      const items = m.occurrences.length === 0 ? `<p class="empty">${escapeXml(t.noEvents)}</p>` : `<ul>${m.occurrences.map((o) => item(o, options.locale, options.reportsOf)).join('')}</ul>`;
      return `<section><h3>${escapeXml(window.startMonth === 1 ? name : `${name} ${m.year}`)}</h3>${items}</section>`;
    });
    return `<section class="year"><h2>${escapeXml(`${t.wheel} ${window.label}`)}${note ? ` <small>(${escapeXml(note)})</small>` : ''}</h2><figure>${wheel}</figure>${key(occurrences, window, options)}<div class="months">${months.join('')}</div></section>`;
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

/** The wheel's key as text, at the page's own size: the numbered events, the series (listed once), the categories and the shapes. */
function key(occurrences: readonly Occurrence[], window: YearWindow, options: HtmlOptions): string {
  const tw = words(options.locale).wheel;
  const t = words(options.locale).arshjul;
  const layout = layoutWheel(occurrences, window, options.categories);
  const chip = (body: string): string => `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${body}</svg>`;
  const hollow = (cat: Category): string => markShape(cat, 8, 8, 10).replace(/fill="[^"]+" stroke="[^"]+" stroke-width="1"/, `fill="#ffffff" stroke="${CATEGORY_STYLE[cat].colour}" stroke-width="2.5"`);
  const parts: string[] = [];
  if (layout.labelling.mode === 'numbered' && layout.items.length > 0) {
    const rows = layout.items.map((i) => `<li data-n="${i.n}">${chip(i.form === 'month' ? hollow(i.category) : markShape(i.category, 8, 8, 10))}<span class="n">${i.n}</span><span class="date">${escapeXml(occurrenceDate(options.locale, i.occurrence))}</span><span>${escapeXml(i.occurrence.event.title)}</span></li>`);
    parts.push(`<h4>${escapeXml(tw.eventsHeading)}</h4><ol>${rows.join('')}</ol>`);
  }
  if (layout.tracks.length > 0) {
    const rows = layout.tracks.map((tr) => `<li data-series="${tr.index}"><span class="n">${escapeXml(tr.letter)}</span>${chip(markShape(tr.category, 8, 8, 10))}<span><strong>${escapeXml(tr.title)}</strong>${tr.body && tr.body !== tr.title ? ` · ${escapeXml(tr.body)}` : ''} (${escapeXml(tw.times(tr.marks.length))})<span class="meta">${escapeXml(tr.marks.map((m) => occurrenceDate(options.locale, m.occurrence)).join(', '))}</span></span></li>`);
    parts.push(`<h4>${escapeXml(tw.seriesHeading)}</h4><ul class="series">${rows.join('')}</ul>`);
  }
  const cats = layout.rings.map((r, i) => `<li data-category="${r.category}">${chip(markShape(r.category, 8, 8, 10))}${i + 1}. ${escapeXml(t.categories[r.category])}</li>`);
  parts.push(`<h4>${escapeXml(tw.categoriesHeading)}</h4><ul class="legend">${cats.join('')}</ul>`);
  const forms = [
    [chip('<circle cx="8" cy="8" r="5" fill="#888888" stroke="#1a1a1a"/>'), tw.formDay],
    [chip('<rect x="1" y="4" width="14" height="8" fill="#dddddd" stroke="#1a1a1a" stroke-width="0.8"/>'), tw.formSpan],
    [chip('<circle cx="8" cy="8" r="5" fill="#ffffff" stroke="#888888" stroke-width="2.5"/>'), tw.formMonth],
    [chip('<line x1="0" y1="8" x2="16" y2="8" stroke="#888888" stroke-width="2"/><circle cx="4" cy="8" r="3.5" fill="#888888" stroke="#1a1a1a"/><circle cx="12" cy="8" r="3.5" fill="#888888" stroke="#1a1a1a"/>'), tw.formSeries],
  ].map(([c, label]) => `<li>${c}${escapeXml(label!)}</li>`);
  parts.push(`<h4>${escapeXml(tw.formsHeading)}</h4><ul class="legend">${forms.join('')}</ul>`);
  return `<div class="key">${parts.join('')}</div>`;
}
