import type { GoalModel, IndicatorModel, MaterialityModel, ReportModel } from '../../model/report-model.js';
import type { PlanCard } from '../../model/scorecard.js';
import { STATUSES } from '../../model/scorecard.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { words } from '../../i18n/words.js';
import { renderIndicatorChart } from '../svg/line-chart.js';
import { renderMatrixSvg } from '../svg/matrix.js';
import { xml } from '../xml.js';

/** One file of the site: its path (by id, so URLs are stable) and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** A report of the plan, already rendered as a whole HTML page by its built-in template (tertialrapport, arsberetning). */
export interface SiteReport {
  id: string;
  title: string;
  typeText: string;
  asOfText: string;
  html: string;
}

/** A whole HTML page made by a built-in template (the gevinstplan), with the title the site links it by. */
export interface SitePage {
  title: string;
  html: string;
}

/** What one language's tree of the site is made from; every part is built by the command from the same models as `plan report`. */
export interface LocaleSite {
  model: ReportModel;
  /** The plan's scorecard (`plan status`), for the rollup on the front page. */
  scorecard: PlanCard | undefined;
  /** The scorecard's year. */
  year: number;
  /** The økonomiplan section of the handlingsprogram report (its partial), when the plan has a Budget. */
  okonomiplanHtml: string | null;
  /** The årshjul page (`plan arshjul --format html`), when the workspace has calendars. */
  arshjulHtml: string | null;
  /** The gevinstplan (`plan report gevinstplan`), when the plan's measures have benefits. */
  gevinstplan: SitePage | null;
  /** The latest StatusReport of each type. */
  reports: SiteReport[];
}

const CSS = `body{margin:0;color:#1d2733;font:16px/1.5 system-ui,sans-serif}header,main,footer{max-width:960px;margin:0 auto;padding:12px 24px}
header{border-bottom:3px solid #0b6e4f}header p{margin:4px 0}a{color:#0b5a8a}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccd;padding:4px 8px;text-align:left}
td.num,th.num{text-align:right}tr.sum td,tr.sum th{font-weight:600;border-top:2px solid #1d2733}tr.heading td{font-weight:600}.status{font-weight:600}label{display:block;margin-top:8px}input{font:inherit;padding:4px;width:100%;max-width:420px}
figure{margin:16px 0}figure svg{max-width:100%;height:auto}caption{text-align:left;font-weight:600}`;

const SITE_HEADER_CSS = `.planverk-site{font:16px/1.5 system-ui,sans-serif;color:#1d2733;border-bottom:3px solid #0b6e4f;max-width:1152px;margin:0 auto 16px;padding:8px 24px;box-sizing:border-box}.planverk-site p{margin:4px 0}.planverk-site a{color:#0b5a8a}`;

/** The other languages' copies of a page, for the switch in the header. */
interface Frame {
  locale: Locale;
  locales: Locale[];
  /** The page's path inside its language's tree. */
  path: string;
  /** Which paths each language's tree has (a report that fails in one language is not linked from the others). */
  has: (locale: Locale, path: string) => boolean;
  model: ReportModel;
  pages: { path: string; title: string }[];
}

const upOf = (path: string) => '../'.repeat(path.split('/').length - 1);

/** The banner of every page: the plan, the site's sections and the language switch. */
function banner(f: Frame): string {
  const s = words(f.locale).site;
  const up = upOf(f.path);
  const switcher = f.locales
    .filter((l) => l !== f.locale)
    .map((l) => `<a href="${up}../${l}/${f.has(l, f.path) ? f.path : 'index.html'}" hreflang="${l}" lang="${l}">${xml(words(l).site.nameOfLanguage)}</a>`)
    .join(' · ');
  const sections = [{ path: 'index.html', title: s.front }, ...f.pages]
    .map((p) => (p.path === f.path ? `<a href="${up}${p.path}" aria-current="page">${xml(p.title)}</a>` : `<a href="${up}${p.path}">${xml(p.title)}</a>`))
    .join(' · ');
  return `<p><a href="${up}index.html">${xml(f.model.workspace.name)} · ${xml(f.model.plan.title)}</a></p>
<nav aria-label="${xml(s.sections)}"><p>${sections}</p></nav>
<nav aria-label="${xml(s.languages)}"><p>${xml(s.languages)}: ${switcher}</p></nav>`;
}

function footer(f: Frame): string {
  const t = (k: string) => label(f.locale, k) ?? k;
  const up = upOf(f.path);
  return `<p><a href="${up}../data/indicators.csv">${xml(t('site.data'))} (CSV)</a> · <a href="${up}../data/indicators.json">JSON</a></p>`;
}

const page = (f: Frame, title: string, body: string): string => `<!DOCTYPE html>
<html lang="${f.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src data:">
<title>${xml(title)} – ${xml(f.model.workspace.name)}</title><style>${CSS}</style></head>
<body>
<header>
${banner(f)}
</header>
<main>
${body}
</main>
<footer>${footer(f)}</footer>
</body>
</html>
`;

/**
 * A whole page made elsewhere (a report, the årshjul) given the site's banner and
 * footer, so it is part of the site; its own head, styles and main stay as they are.
 */
function framed(f: Frame, html: string): string {
  const head = `<style>${SITE_HEADER_CSS}</style>`;
  return html
    .replace(/<\/head>/i, () => `${head}\n</head>`)
    .replace(/<body([^>]*)>/i, (m) => `${m}\n<header class="planverk-site">\n${banner(f)}\n</header>`)
    .replace(/<\/body>/i, () => `<footer class="planverk-site">${footer(f)}</footer>\n</body>`);
}

/** One indicator of a goal page; its chart marks the value needed in `year`, the year of the front page's rollup. */
function indicator(ind: IndicatorModel, locale: Locale, year: number): string {
  const t = (k: string) => label(locale, k) ?? k;
  const svg = renderIndicatorChart(ind, locale, year);
  const rows = [...(ind.baseline ? [[t('col.baseline'), ind.baseline]] : []), ...ind.actuals.map((a) => [t('col.latest'), a]), ...ind.targets.map((v) => [t('col.targets'), v])] as [string, { year: number; value: number }][];
  return `<h3>${xml(ind.title)}</h3>
<p><span class="status">${xml(t('col.status'))}: ${xml(t(`status.${ind.status}`))}</span></p>
${svg ? `<figure>${svg}</figure>` : ''}
<table><caption>${xml(ind.title)}</caption><thead><tr><th scope="col">${xml(t('col.type'))}</th><th scope="col" class="num">${xml(t('site.year'))}</th><th scope="col" class="num">${xml(t('site.value'))}</th></tr></thead><tbody>
${rows.map(([k, v]) => `<tr><td>${xml(k)}</td><td class="num">${v.year}</td><td class="num">${xml(formatNumber(v.value, locale))}</td></tr>`).join('\n')}
</tbody></table>`;
}

/** Each measure's benefits in the model's order, made once per model: a goal page asks for its measures' benefits. */
const BENEFITS_BY_MEASURE = new WeakMap<ReportModel, Map<string, number[]>>();

/** The model's benefits of any of these measures, each once, in the model's order. */
function benefitsOf(model: ReportModel, measures: readonly { id: string }[]): ReportModel['benefits'] {
  let index = BENEFITS_BY_MEASURE.get(model);
  if (!index) {
    index = new Map();
    model.benefits.forEach((b, i) => {
      const list = index!.get(b.measure.id);
      if (list) list.push(i);
      else index!.set(b.measure.id, [i]);
    });
    BENEFITS_BY_MEASURE.set(model, index);
  }
  const at = new Set<number>();
  for (const m of measures) for (const i of index.get(m.id) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => model.benefits[i]!);
}

function goalBody(g: GoalModel, model: ReportModel, year: number): string {
  const t = (k: string) => label(model.locale, k) ?? k;
  const benefits = benefitsOf(model, g.measures);
  return `<h1>${xml(g.title)}</h1>
${g.focusArea ? `<p><a href="../fa/${encodeURIComponent(g.focusArea.id)}.html">${xml(g.focusArea.title)}</a></p>` : ''}
${g.description ? `<p>${xml(g.description)}</p>` : ''}
${g.sdgTargets.length > 0 ? `<h2>${xml(t('goal.sdgTargets'))}</h2><ul>${g.sdgTargets.map((s) => `<li>${xml(s.id)} ${xml(s.title)}</li>`).join('')}</ul>` : ''}
<h2>${xml(t('section.indicators'))}</h2>
${g.indicators.length > 0 ? g.indicators.map((i) => indicator(i, model.locale, year)).join('\n') : `<p>${xml(t('goal.noIndicators'))}</p>`}
<h2>${xml(t('section.measures'))}</h2>
${g.measures.length > 0 ? `<ul>${g.measures.map((m) => `<li>${xml(m.title)}</li>`).join('')}</ul>` : `<p>${xml(t('goal.noMeasures'))}</p>`}
${benefits.length > 0 ? `<h2>${xml(t('trace.benefits'))}</h2><ul>${benefits.map((b) => `<li>${xml(b.title)}</li>`).join('')}</ul>` : ''}`;
}

const goalLink = (g: { id: string; title: string }, up: string) => `<a href="${up}goal/${encodeURIComponent(g.id)}.html">${xml(g.title)}</a>`;

/** The scorecard's rollup: per focus area the number of indicators in each status (words, not colours), and the plan's total. */
function rollup(card: PlanCard, year: number, locale: Locale): string {
  const s = words(locale).site;
  const status = words(locale).indicatorStatus as Record<string, string>;
  const cells = (counts: Record<string, number>) => STATUSES.map((k) => `<td class="num">${counts[k] ?? 0}</td>`).join('');
  const rows = card.focusAreas.map((f) => `<tr><th scope="row">${xml(f.title ?? s.noFocusArea)}</th>${cells(f.counts)}</tr>`);
  return `<h2>${xml(s.rollup)}</h2>
<table class="rollup"><caption>${xml(s.rollupCaption(year))}</caption>
<thead><tr><th scope="col">${xml(label(locale, 'col.focusArea') ?? '')}</th>${STATUSES.map((k) => `<th scope="col" class="num">${xml(status[k] ?? k)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
<tr class="sum"><th scope="row">${xml(s.allFocusAreas)}</th>${cells(card.counts)}</tr>
</tbody></table>`;
}

/** The materiality matrix with its text alternative: a sentence and the same values as a table. */
function materialityBody(m: MaterialityModel, locale: Locale): string {
  const t = (k: string) => label(locale, k) ?? k;
  const s = words(locale).site;
  const prioritised = m.entries.filter((e) => e.prioritised).length;
  return `<h1>${xml(t('section.materiality'))}: ${xml(m.title)}</h1>
${m.description ? `<p>${xml(m.description)}</p>` : ''}
<figure>${renderMatrixSvg(m, locale)}<figcaption>${xml(s.matrixText(m.entries.length, prioritised))}</figcaption></figure>
<table><caption>${xml(s.matrixTable)}</caption>
<thead><tr><th scope="col">${xml(t('col.target'))}</th><th scope="col">${xml(t('col.title'))}</th><th scope="col" class="num">${xml(t('col.significance'))}</th><th scope="col" class="num">${xml(t('col.influence'))}</th><th scope="col" class="num">${xml(t('col.sum'))}</th><th scope="col">${xml(t('col.prioritised'))}</th><th scope="col">${xml(t('col.goals'))}</th></tr></thead>
<tbody>
${m.entries
  .map(
    (e) =>
      `<tr><td>${xml(e.target)}</td><td>${xml(e.title)}</td><td class="num">${e.significance}</td><td class="num">${e.influence}</td><td class="num">${e.sum}</td><td>${xml(e.prioritised ? s.yes : s.no)}</td><td>${e.goals.map((g) => xml(g.title)).join(', ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

/** The paths of one language's tree (as localeTree makes them), for the language switch. */
function pathsOf(site: LocaleSite): Set<string> {
  const m = site.model;
  return new Set([
    'index.html',
    ...m.focusAreas.map((f) => `fa/${f.id}.html`),
    ...goalsOf(m).map((g) => `goal/${g.id}.html`),
    ...(site.okonomiplanHtml !== null ? ['okonomiplan.html'] : []),
    ...(m.materiality ? ['materiality.html'] : []),
    ...(site.arshjulHtml !== null ? ['arshjul.html'] : []),
    ...(site.gevinstplan !== null ? ['gevinstplan.html'] : []),
    ...site.reports.map((r) => `reports/${r.id}.html`),
  ]);
}

/** Goals of the model, each once. */
const goalsOf = (model: ReportModel) => [...new Map([...model.focusAreas.flatMap((f) => f.goals), ...model.goalsWithoutFocusArea].map((g) => [g.id, g])).values()];

/** The pages of one language, as [path, title, content-maker] so the banner can link to every section. */
function localeTree(site: LocaleSite, frameOf: (path: string, pages: { path: string; title: string }[]) => Frame): SiteFile[] {
  const { model } = site;
  const locale = model.locale;
  const t = (k: string) => label(locale, k) ?? k;
  const s = words(locale).site;
  const goals = goalsOf(model);
  const sections: { path: string; title: string }[] = [];
  if (site.okonomiplanHtml !== null) sections.push({ path: 'okonomiplan.html', title: s.okonomiplan });
  if (model.materiality) sections.push({ path: 'materiality.html', title: t('section.materiality') });
  if (site.arshjulHtml !== null) sections.push({ path: 'arshjul.html', title: s.arshjul });
  if (site.gevinstplan !== null) sections.push({ path: 'gevinstplan.html', title: site.gevinstplan.title });
  const frame = (path: string) => frameOf(path, sections);

  const reportItems = [
    ...(site.gevinstplan !== null ? [`<li><a href="gevinstplan.html">${xml(site.gevinstplan.title)}</a></li>`] : []),
    ...site.reports.map((r) => `<li><a href="reports/${encodeURIComponent(r.id)}.html">${xml(r.title)}</a> (${xml(r.typeText)}, ${xml(r.asOfText)})</li>`),
  ];
  const reportList = reportItems.length > 0 ? `<ul>${reportItems.join('')}</ul>` : `<p>${xml(s.noReports)}</p>`;
  const front = `<h1>${xml(model.plan.title)}</h1>
${model.source.vision ? `<p>${xml(model.source.vision)}</p>` : ''}
<search><form id="search" role="search"><label for="q">${xml(t('site.search'))}</label><input id="q" type="search" autocomplete="off"></form><ul id="results" aria-live="polite"></ul></search>
${site.scorecard ? rollup(site.scorecard, site.year, locale) : ''}
<h2>${xml(t('section.focusAreas'))}</h2>
<ul>${model.focusAreas.map((f) => `<li><a href="fa/${encodeURIComponent(f.id)}.html">${xml(f.title)}</a><ul>${f.goals.map((g) => `<li>${goalLink(g, '')}</li>`).join('')}</ul></li>`).join('\n')}</ul>
${model.goalsWithoutFocusArea.length > 0 ? `<h2>${xml(t('section.otherGoals'))}</h2><ul>${model.goalsWithoutFocusArea.map((g) => `<li>${goalLink(g, '')}</li>`).join('')}</ul>` : ''}
<h2>${xml(s.reports)}</h2>
${reportList}
<script src="search.js"></script>`;
  const files: SiteFile[] = [{ path: 'index.html', content: page(frame('index.html'), model.plan.title, front) }];
  for (const f of model.focusAreas) {
    const path = `fa/${f.id}.html`;
    const body = `<h1>${xml(f.title)}</h1>${f.description ? `<p>${xml(f.description)}</p>` : ''}<h2>${xml(t('section.goals'))}</h2><ul>${f.goals.map((g) => `<li>${goalLink(g, '../')}</li>`).join('')}</ul>`;
    files.push({ path, content: page(frame(path), f.title, body) });
  }
  for (const g of goals) files.push({ path: `goal/${g.id}.html`, content: page(frame(`goal/${g.id}.html`), g.title, goalBody(g, model, site.year)) });
  if (site.okonomiplanHtml !== null) files.push({ path: 'okonomiplan.html', content: page(frame('okonomiplan.html'), s.okonomiplan, `<h1>${xml(s.okonomiplan)}</h1>\n${site.okonomiplanHtml}`) });
  if (model.materiality) files.push({ path: 'materiality.html', content: page(frame('materiality.html'), t('section.materiality'), materialityBody(model.materiality, locale)) });
  if (site.arshjulHtml !== null) files.push({ path: 'arshjul.html', content: framed(frame('arshjul.html'), site.arshjulHtml) });
  if (site.gevinstplan !== null) files.push({ path: 'gevinstplan.html', content: framed(frame('gevinstplan.html'), site.gevinstplan.html) });
  for (const r of site.reports) files.push({ path: `reports/${r.id}.html`, content: framed(frame(`reports/${r.id}.html`), r.html) });
  const index = goals.map((g) => ({ title: g.title, url: `goal/${encodeURIComponent(g.id)}.html` }));
  // The index is a script, not a JSON file: pages opened from file:// may not fetch.
  files.push({
    path: 'search.js',
    content: `const INDEX = ${JSON.stringify(index).replace(/</g, '\\u003c')};
const q = document.getElementById('q'), out = document.getElementById('results');
document.getElementById('search').addEventListener('submit', (e) => e.preventDefault());
q.addEventListener('input', () => {
  const words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
  out.replaceChildren(...(words.length ? INDEX.filter((d) => words.every((w) => d.title.toLowerCase().includes(w))) : []).slice(0, 20).map((d) => {
    const li = document.createElement('li'), a = document.createElement('a');
    a.href = d.url; a.textContent = d.title; li.append(a); return li;
  }));
});
`,
  });
  return files;
}

/** The indicator data as open data (CSV and JSON), once for all languages: the data are not translated. */
function openData(model: ReportModel): SiteFile[] {
  const indicators = [...new Map(goalsOf(model).flatMap((g) => g.indicators).map((i) => [i.id, i])).values()];
  const csvCell = (v: string | number) => (/[",\n\r]/.test(String(v)) || /^[=+\-@\t\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = indicators.flatMap((i) => [
    ...(i.baseline ? [[i.id, i.title, 'baseline', i.baseline.year, i.baseline.value]] : []),
    ...i.actuals.map((a) => [i.id, i.title, 'actual', a.year, a.value]),
    ...i.targets.map((a) => [i.id, i.title, 'target', a.year, a.value]),
  ]);
  return [
    { path: 'data/indicators.csv', content: `${['indicator', 'title', 'kind', 'year', 'value'].join(',')}\n${rows.map((r) => r.map((c) => csvCell(c as string | number)).join(',')).join('\n')}\n` },
    { path: 'data/indicators.json', content: `${JSON.stringify(indicators.map((i) => ({ id: i.id, title: i.title, unit: i.unit, baseline: i.baseline, actuals: i.actuals, targets: i.targets, status: i.status })), null, 2)}\n` },
  ];
}

/**
 * The whole site: one tree per language (`nb/`, `nn/`, `en/`, the same paths in each,
 * named by id so URLs stay stable, with a switch to the same page in the other
 * languages), a root page that chooses the language, and the open data. Each tree has
 * a front page (vision, search, the scorecard's rollup, focus areas, latest reports),
 * a page per focus area and goal, the økonomiplan, the materiality matrix, the årshjul,
 * the gevinstplan and the latest reports. `sites[0]` is the default language.
 */
export function sitePages(sites: LocaleSite[]): SiteFile[] {
  const first = sites[0];
  if (!first) return [];
  const locales = sites.map((s) => s.model.locale);
  const trees = new Map<Locale, SiteFile[]>();
  const paths = new Map(sites.map((s) => [s.model.locale, pathsOf(s)]));
  for (const s of sites) {
    const l = s.model.locale;
    trees.set(l, localeTree(s, (path, pages) => ({ locale: l, locales, path, has: (o, p) => paths.get(o)?.has(p) ?? false, model: s.model, pages })));
  }
  const w = words(first.model.locale).site;
  const root = `<!DOCTYPE html>
<html lang="${first.model.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${xml(first.model.plan.title)} – ${xml(first.model.workspace.name)}</title><style>${CSS}</style></head>
<body>
<header><p>${xml(first.model.workspace.name)}</p></header>
<main>
<h1>${xml(first.model.plan.title)}</h1>
<nav aria-label="${xml(w.chooseLanguage)}"><h2>${xml(w.chooseLanguage)}</h2><ul>
${locales.map((l) => `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${xml(words(l).site.nameOfLanguage)}</a></li>`).join('\n')}
</ul></nav>
</main>
</body>
</html>
`;
  return [{ path: 'index.html', content: root }, ...sites.flatMap((s) => trees.get(s.model.locale)!.map((f) => ({ path: `${s.model.locale}/${f.path}`, content: f.content }))), ...openData(first.model)];
}
