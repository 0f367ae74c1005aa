import type { GoalModel, IndicatorModel, ReportModel } from '../model/report-model.js';
import { formatNumber } from '../i18n/format.js';
import { reportLabel as label } from '../i18n/report-label.js';
import { renderIndicatorChart } from '../render/svg/line-chart.js';
import { xml } from '../output/xml.js';

/** One file of the site: its path (by id, so URLs are stable) and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

const CSS = `body{margin:0;color:#1d2733;font:16px/1.5 system-ui,sans-serif}header,main,footer{max-width:960px;margin:0 auto;padding:12px 24px}
header{border-bottom:3px solid #0b6e4f}a{color:#0b5a8a}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccd;padding:4px 8px;text-align:left}
td.num,th.num{text-align:right}.status{font-weight:600}label{display:block;margin-top:8px}input{font:inherit;padding:4px;width:100%;max-width:420px}`;

const page = (model: ReportModel, depth: number, title: string, body: string): string => {
  const t = (k: string) => label(model.locale, k) ?? k;
  const up = '../'.repeat(depth);
  return `<!DOCTYPE html>
<html lang="${model.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src data:">
<title>${xml(title)} – ${xml(model.workspace.name)}</title><style>${CSS}</style></head>
<body>
<header><p><a href="${up}index.html">${xml(model.workspace.name)} · ${xml(model.plan.title)}</a></p></header>
<main>
${body}
</main>
<footer><p><a href="${up}data/indicators.csv">${xml(t('site.data'))} (CSV)</a> · <a href="${up}data/indicators.json">JSON</a></p></footer>
</body>
</html>
`;
};

function indicator(ind: IndicatorModel, model: ReportModel): string {
  const t = (k: string) => label(model.locale, k) ?? k;
  const svg = renderIndicatorChart(ind, model.locale);
  const rows = [...(ind.baseline ? [[t('col.baseline'), ind.baseline]] : []), ...ind.actuals.map((a) => [t('col.latest'), a]), ...ind.targets.map((v) => [t('col.targets'), v])] as [string, { year: number; value: number }][];
  return `<h3>${xml(ind.title)}</h3>
<p><span class="status">${xml(t('col.status'))}: ${xml(t(`status.${ind.status}`))}</span></p>
${svg ? `<figure>${svg}</figure>` : ''}
<table><caption>${xml(ind.title)}</caption><thead><tr><th scope="col">${xml(t('col.type'))}</th><th scope="col" class="num">${xml(t('site.year'))}</th><th scope="col" class="num">${xml(t('site.value'))}</th></tr></thead><tbody>
${rows.map(([k, v]) => `<tr><td>${xml(k)}</td><td class="num">${v.year}</td><td class="num">${xml(formatNumber(v.value, model.locale))}</td></tr>`).join('\n')}
</tbody></table>`;
}

function goalPage(g: GoalModel, model: ReportModel): SiteFile {
  const t = (k: string) => label(model.locale, k) ?? k;
  const benefits = model.benefits.filter((b) => g.measures.some((m) => m.id === b.measure.id));
  const body = `<h1>${xml(g.title)}</h1>
${g.focusArea ? `<p><a href="../fa/${encodeURIComponent(g.focusArea.id)}.html">${xml(g.focusArea.title)}</a></p>` : ''}
${g.description ? `<p>${xml(g.description)}</p>` : ''}
${g.sdgTargets.length > 0 ? `<h2>${xml(t('goal.sdgTargets'))}</h2><ul>${g.sdgTargets.map((s) => `<li>${xml(s.id)} ${xml(s.title)}</li>`).join('')}</ul>` : ''}
<h2>${xml(t('section.indicators'))}</h2>
${g.indicators.length > 0 ? g.indicators.map((i) => indicator(i, model)).join('\n') : `<p>${xml(t('goal.noIndicators'))}</p>`}
<h2>${xml(t('section.measures'))}</h2>
${g.measures.length > 0 ? `<ul>${g.measures.map((m) => `<li>${xml(m.title)}</li>`).join('')}</ul>` : `<p>${xml(t('goal.noMeasures'))}</p>`}
${benefits.length > 0 ? `<h2>${xml(t('trace.benefits'))}</h2><ul>${benefits.map((b) => `<li>${xml(b.title)}</li>`).join('')}</ul>` : ''}`;
  return { path: `goal/${g.id}.html`, content: page(model, 1, g.title, body) };
}

const goalLink = (g: { id: string; title: string }, up: string) => `<a href="${up}goal/${encodeURIComponent(g.id)}.html">${xml(g.title)}</a>`;

/**
 * The pages of the site: a front page (vision, focus areas, goals, search), one
 * page per focus area and per goal (named by id, so URLs stay stable), a search
 * script over the titles, and the indicator data as CSV and JSON.
 */
export function sitePages(model: ReportModel): SiteFile[] {
  const t = (k: string) => label(model.locale, k) ?? k;
  const goals = [...model.focusAreas.flatMap((f) => f.goals), ...model.goalsWithoutFocusArea];
  const unique = [...new Map(goals.map((g) => [g.id, g])).values()];
  const front = `<h1>${xml(model.plan.title)}</h1>
${model.source.vision ? `<p>${xml(model.source.vision)}</p>` : ''}
<search><form id="search" role="search"><label for="q">${xml(t('site.search'))}</label><input id="q" type="search" autocomplete="off"></form><ul id="results" aria-live="polite"></ul></search>
<h2>${xml(t('section.focusAreas'))}</h2>
<ul>${model.focusAreas.map((f) => `<li><a href="fa/${encodeURIComponent(f.id)}.html">${xml(f.title)}</a><ul>${f.goals.map((g) => `<li>${goalLink(g, '')}</li>`).join('')}</ul></li>`).join('\n')}</ul>
<script src="search.js"></script>`;
  const files: SiteFile[] = [{ path: 'index.html', content: page(model, 0, model.plan.title, front) }];
  for (const f of model.focusAreas) {
    const body = `<h1>${xml(f.title)}</h1>${f.description ? `<p>${xml(f.description)}</p>` : ''}<h2>${xml(t('section.goals'))}</h2><ul>${f.goals.map((g) => `<li>${goalLink(g, '../')}</li>`).join('')}</ul>`;
    files.push({ path: `fa/${f.id}.html`, content: page(model, 1, f.title, body) });
  }
  for (const g of unique) files.push(goalPage(g, model));
  const index = unique.map((g) => ({ title: g.title, url: `goal/${encodeURIComponent(g.id)}.html` }));
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
  const indicators = [...new Map(unique.flatMap((g) => g.indicators).map((i) => [i.id, i])).values()];
  const csvCell = (v: string | number) => (/[",\n\r]/.test(String(v)) || /^[=+\-@\t\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = indicators.flatMap((i) => [
    ...(i.baseline ? [[i.id, i.title, 'baseline', i.baseline.year, i.baseline.value]] : []),
    ...i.actuals.map((a) => [i.id, i.title, 'actual', a.year, a.value]),
    ...i.targets.map((a) => [i.id, i.title, 'target', a.year, a.value]),
  ]);
  files.push({ path: 'data/indicators.csv', content: `${['indicator', 'title', 'kind', 'year', 'value'].join(',')}\n${rows.map((r) => r.map((c) => csvCell(c as string | number)).join(',')).join('\n')}\n` });
  files.push({ path: 'data/indicators.json', content: `${JSON.stringify(indicators.map((i) => ({ id: i.id, title: i.title, unit: i.unit, baseline: i.baseline, actuals: i.actuals, targets: i.targets, status: i.status })), null, 2)}\n` });
  return files;
}
