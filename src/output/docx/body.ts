import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Locale } from '../../i18n/locale.js';
import type { BudgetSummary } from '../../model/budget.js';
import type { OkonomiplanReportModel, OkonomiplanTableModel } from '../../model/report-okonomiplan.js';
import type { FocusAreaModel, GoalModel, IndicatorModel, MeasureModel, ReportModel } from '../../model/report-model.js';
import { amountUnitText, formatDate, formatNumber, formatPeriod, WHOLE } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { renderIndicatorChart } from '../svg/line-chart.js';
import { renderMatrixSvg } from '../svg/matrix.js';
import { svgImage, type Rasterise } from './images.js';
import { dataTable, num, text, type Cell } from './tables.js';
import { docText } from './text.js';

type Block = Paragraph | Table;

/** What the body builders share: the locale's words and numbers, and the rasteriser for pictures. */
export interface BodyContext {
  locale: Locale;
  rasterise: Rasterise | undefined;
  t: (key: string) => string;
  number: (value: number) => string;
  amount: (value: number) => string;
  /** The report's year: the year whose needed value the indicator charts mark (default: each indicator's latest actual). */
  year?: number;
}

/** The context for a report model's locale. */
export function bodyContext(locale: Locale, rasterise: Rasterise | undefined, year?: number): BodyContext {
  return {
    locale,
    rasterise,
    year,
    t: (key) => label(locale, key) ?? key,
    number: (value) => formatNumber(value, locale),
    amount: (value) => formatNumber(value, locale, WHOLE),
  };
}

const heading = (level: 1 | 2 | 3, value: string): Paragraph =>
  new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1], children: [new TextRun(docText(value))] });
const para = (value: string, style?: string): Paragraph => new Paragraph({ style, children: [new TextRun(docText(value))] });
const bullet = (value: string, level = 0): Paragraph => new Paragraph({ bullet: { level }, children: [new TextRun(docText(value))] });

/**
 * The body of the handlingsprogram in Word, section for section as the HTML
 * template has it: the chain from vision to goals, the materiality matrix, each
 * focus area with its goals, indicators, measures and budget, the budget summary
 * and the open questions. Headings use Word's Heading 1–3 styles, so the
 * navigation pane and the table of contents work.
 */
export function reportBody(model: ReportModel, c: BodyContext): Block[] {
  const { t } = c;
  const out: Block[] = [heading(1, t('section.chain'))];
  if (model.source.vision) out.push(para(model.source.vision, 'Vision'));
  for (const fa of model.focusAreas) {
    out.push(bullet(fa.title));
    for (const g of fa.goals) out.push(bullet(`${g.title}${g.sdgTargets.length > 0 ? ` (${g.sdgTargets.map((s) => s.id).join(', ')})` : ''}`, 1));
  }
  if (model.materiality) out.push(...materiality(model.materiality, c));
  for (const fa of model.focusAreas) out.push(...focusArea(fa, model, c));
  if (model.goalsWithoutFocusArea.length > 0) {
    out.push(heading(1, t('section.otherGoals')), ...model.goalsWithoutFocusArea.map((g) => bullet(g.title)));
  }
  out.push(heading(1, `${t('section.budgetSummary')} (${amountUnitText(model.workspace.amountUnit, c.locale, model.workspace.currency)})`));
  out.push(budgetSummary(model, c), para(t('budget.note'), 'Note'));
  if (model.okonomiplan) out.push(...okonomiplanBlocks(model.okonomiplan));
  out.push(heading(1, t('section.openQuestions')));
  if (!model.openQuestions.any) out.push(para(t('open.none')));
  for (const [key, list] of [['open.withoutBudget', model.openQuestions.withoutBudget], ['open.withoutGoals', model.openQuestions.withoutGoals]] as const) {
    if (list.length === 0) continue;
    out.push(heading(2, t(key)), ...list.map((r) => bullet(`${r.title} (${r.id})`)));
  }
  return out;
}

function materiality(m: NonNullable<ReportModel['materiality']>, c: BodyContext): Block[] {
  const { t } = c;
  const prioritised = m.entries.filter((e) => e.prioritised);
  const description = `${t('matrix.title')}: ${m.title}. ${t('matrix.prioritised')}: ${prioritised.map((e) => `${e.target} ${e.title}`).join('; ') || t('none')}.`;
  const caption = `${m.title}${m.date ? `, ${formatDate(m.date, c.locale)}` : ''}`;
  return [
    heading(1, t('section.materiality')),
    new Paragraph({ children: [svgImage(renderMatrixSvg(m, c.locale), { title: `${t('matrix.title')}: ${m.title}`, description }, 600, c.rasterise)] }),
    para(caption, 'Caption'),
    // The data behind the picture, for readers who cannot see it.
    dataTable(
      [text(t('col.target')), text(t('col.title')), num(t('col.significance')), num(t('col.influence')), num(t('col.sum')), text(t('col.prioritised'))],
      m.entries.map((e) => [text(e.target), text(e.title), num(c.number(e.significance)), num(c.number(e.influence)), num(c.number(e.sum)), text(t(e.prioritised ? 'yes' : 'no'))]),
    ),
  ];
}

function focusArea(fa: FocusAreaModel, model: ReportModel, c: BodyContext): Block[] {
  const { t } = c;
  const out: Block[] = [heading(1, fa.title)];
  if (fa.description) out.push(para(fa.description));
  for (const g of fa.goals) out.push(...goal(g, c));
  out.push(heading(2, t('section.measures')));
  out.push(fa.measures.length > 0 ? measureTable(fa, c) : para(t('goal.noMeasures'), 'Note'));
  out.push(heading(2, `${t('section.budget')}: ${fa.title} (${amountUnitText(model.workspace.amountUnit, c.locale, model.workspace.currency)})`));
  out.push(fa.budgetMeasures.length > 0 ? budgetTable(fa.budgetMeasures, fa.budget, model.years, c) : para(t('budget.none'), 'Note'));
  return out;
}

function goal(g: GoalModel, c: BodyContext): Block[] {
  const { t } = c;
  const out: Block[] = [heading(2, g.title)];
  if (g.level) out.push(para(`${t(`level.${g.level}`)}${g.parent ? ` · ${g.parent.title}` : ''}`, 'Note'));
  if (g.description) out.push(para(g.description));
  if (g.sdgTargets.length > 0) {
    out.push(heading(3, t('goal.sdgTargets')), ...g.sdgTargets.map((s) => bullet(`${s.id} ${s.title}${s.prioritised ? ` (${t('goal.prioritised')})` : ''}`)));
  }
  if (g.strategies.length > 0) out.push(heading(3, t('goal.strategies')), ...g.strategies.map((s) => bullet(s)));
  out.push(g.indicators.length > 0 ? indicatorTable(g.indicators, c) : para(t('goal.noIndicators'), 'Note'));
  return out;
}

const yearValue = (c: BodyContext, v: { year: number; value: number } | null) => (v ? `${c.number(v.value)} (${v.year})` : c.t('none'));

/** What an indicator's chart shows, in words: its alternative text. */
export function chartDescription(ind: IndicatorModel, c: BodyContext): string {
  const { t } = c;
  const parts = [
    `${t('col.baseline')}: ${yearValue(c, ind.baseline)}`,
    `${t('col.latest')}: ${yearValue(c, ind.latest)}`,
    `${t('col.targets')}: ${ind.targets.map((v) => yearValue(c, v)).join(', ') || t('none')}`,
    `${t('col.status')}: ${t(`status.${ind.status}`)}`,
  ];
  return `${ind.title}. ${parts.join('; ')}.`;
}

function indicatorTable(indicators: IndicatorModel[], c: BodyContext): Table {
  const { t } = c;
  return dataTable(
    [text(t('col.indicator')), num(t('col.baseline')), num(t('col.targets')), num(t('col.latest')), text(t('col.status')), text(t('col.trend'))],
    indicators.map((ind) => {
      const svg = renderIndicatorChart(ind, c.locale, c.year);
      const chart: Cell = svg ? { lines: [], image: svgImage(svg, { title: ind.title, description: chartDescription(ind, c) }, 160, c.rasterise) } : text(t('none'));
      return [
        text(`${ind.title}${ind.unit ? ` (${label(c.locale, `unit.${ind.unit}`) ?? ind.unit})` : ''}`, ...(ind.source ? [ind.source.name] : [])),
        num(yearValue(c, ind.baseline)),
        ind.targets.length > 0 ? num(...ind.targets.map((v) => yearValue(c, v))) : num(t('none')),
        num(yearValue(c, ind.latest)),
        text(t(`status.${ind.status}`)),
        chart,
      ];
    }),
  );
}

function measureTable(fa: FocusAreaModel, c: BodyContext): Table {
  const { t } = c;
  const rows = fa.measures.map((m: MeasureModel) => [
    text(m.title, ...(m.focusArea && m.focusArea.id !== fa.id ? [`${t('budget.countedUnder')} ${m.focusArea.title}`] : [])),
    text(m.responsible?.title ?? t('none')),
    num(m.period ? formatPeriod(m.period) : t('none')),
    text(m.type ? t(`measureType.${m.type}`) : t('none')),
    text(m.status ? t(`measureStatus.${m.status}`) : t('none')),
    text(...m.goals.map((g) => g.title)),
  ]);
  return dataTable([text(t('col.measure')), text(t('col.responsible')), num(t('col.period')), text(t('col.type')), text(t('col.status')), text(t('col.goals'))], rows);
}

const yearHeader = (years: number[], c: BodyContext) => [...years.map((y) => num(String(y))), num(c.t('budget.total'))];
const budgetCells = (b: BudgetSummary, kind: 'operating' | 'investment' | 'total', c: BodyContext) => [...b.years.map((y) => num(c.amount(y[kind]))), num(c.amount(b.total[kind]))];
const sumRow = (b: BudgetSummary, kind: 'operating' | 'investment', c: BodyContext): Cell[] => [
  { ...text(c.t(kind === 'operating' ? 'budget.sumOperating' : 'budget.sumInvestment')), bold: true },
  text(''),
  ...budgetCells(b, kind, c).map((x) => ({ ...x, bold: true })),
];

/** Drift and investering apart, each with its own sum: they are never added together (kommuneloven § 14-4). */
function budgetTable(measures: MeasureModel[], total: BudgetSummary, years: number[], c: BodyContext): Table {
  const { t } = c;
  const operating = measures.filter((m) => m.budget.hasOperating).map((m) => [text(m.title), text(t('budget.operating')), ...budgetCells(m.budget, 'operating', c)]);
  const investment = measures.filter((m) => m.budget.hasInvestment).map((m) => [text(m.title), text(t('budget.investment')), ...budgetCells(m.budget, 'investment', c)]);
  return dataTable([text(t('col.measure')), text(t('col.budgetKind')), ...yearHeader(years, c)], [...operating, sumRow(total, 'operating', c), ...investment, sumRow(total, 'investment', c)]);
}

function budgetSummary(model: ReportModel, c: BodyContext): Table {
  const { t } = c;
  const areas: [string, BudgetSummary][] = model.focusAreas.map((fa) => [fa.title, fa.budget]);
  if (model.budgetWithoutFocusArea) areas.push([t('budget.withoutFocusArea'), model.budgetWithoutFocusArea]);
  const rows = (kind: 'operating' | 'investment'): Cell[][] => [
    ...areas.map(([title, b]) => [text(title), text(t(kind === 'operating' ? 'budget.operating' : 'budget.investment')), ...budgetCells(b, kind, c)]),
    sumRow(model.budget, kind, c),
  ];
  return dataTable([text(t('col.focusArea')), text(t('col.budgetKind')), ...yearHeader(model.years, c)], [...rows('operating'), ...rows('investment')]);
}

/** The økonomiplan's statutory tables (the same model as `plan budget` and the HTML report). */
function okonomiplanBlocks(o: OkonomiplanReportModel): Block[] {
  const out: Block[] = [heading(1, o.title), para(o.subtitle, 'Note'), para(o.balance)];
  const table = (tm: OkonomiplanTableModel, level: 2 | 3): Block[] => {
    if (tm.rows.length === 0) return [heading(level, tm.title), para(tm.empty ?? '', 'Note')];
    const header = [...(tm.numberColumn !== null ? [num(tm.numberColumn)] : []), text(tm.labelColumn), ...tm.columns.map((col) => num(col))];
    const rows = tm.rows.map((r) => {
      const cells: Cell[] = [...(tm.numberColumn !== null ? [num(r.lineNumber)] : []), text(r.detail ? `– ${r.label}` : r.label), ...r.cells.map((x) => num(x))];
      return r.sum || r.heading ? cells.map((x) => ({ ...x, bold: true })) : cells;
    });
    return [heading(level, tm.title), dataTable(header, rows)];
  };
  for (const tm of o.tables) {
    out.push(...table(tm, 2));
    if (tm.details) for (const d of tm.details.tables) out.push(...table(d, 3));
  }
  return out;
}
