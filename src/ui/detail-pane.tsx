import { Box, Text } from 'ink';
import { COLOR, formatPoint, formatValue, seriesScale, sparkline, SYMBOL, trendText, unitText, countsText } from '../output/status/cells.js';
import { fill, type Catalogue } from '../i18n/words.js';
import type { Locale } from '../i18n/locale.js';
import type { BenefitCard, IndicatorCard, MeasureCard } from '../model/scorecard.js';
import { progressText } from '../output/status/rows.js';
import { BENEFIT_MARK, type Node } from './tree.js';

interface Props {
  node: Node | undefined;
  year: number;
  w: Catalogue;
  locale: Locale;
  /** Full width, with a bar per year for an indicator. */
  wide?: boolean;
}

/** The right-hand pane: an indicator's series, baseline and targets; a benefit; or a group's counts. */
export function DetailPane({ node, year, w, locale, wide = false }: Props) {
  if (!node) return null;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} flexGrow={1} flexBasis={0}>
      <Text bold wrap="wrap">
        {node.label}
      </Text>
      {node.indicator && <IndicatorDetail indicator={node.indicator} year={year} w={w} locale={locale} />}
      {node.indicator && wide && <YearBars indicator={node.indicator} locale={locale} />}
      {node.benefit && <BenefitDetail benefit={node.benefit} w={w} locale={locale} />}
      {!node.indicator && !node.benefit && node.counts && <Text wrap="wrap">{countsText(node.counts, w)}</Text>}
      {node.measures && node.measures.length > 0 && <MeasureList measures={node.measures} w={w} />}
      {node.measure && <MeasureList measures={[node.measure]} w={w} />}
      {!node.indicator && !node.benefit && <GroupDetail node={node} w={w} />}
    </Box>
  );
}

/** What a focus area, goal or the benefits hold: each child with its mark, and a line when there is none. */
function GroupDetail({ node, w }: { node: Node; w: Catalogue }) {
  const children = node.children ?? [];
  if (children.length === 0) return <Text dimColor>{node.key.startsWith('benefits:') ? w.scorecard.noBenefits : w.scorecard.noGoals}</Text>;
  return (
    <Box flexDirection="column" marginTop={1}>
      {children.map((c) => (
        <Text key={c.key} wrap="truncate-end">
          {c.benefit ? (
            <Text color={BENEFIT_MARK[c.benefit.state].color}>{BENEFIT_MARK[c.benefit.state].symbol}</Text>
          ) : c.status ? (
            <Text color={COLOR[c.status]}>{SYMBOL[c.status]}</Text>
          ) : (
            ' '
          )}
          {` ${c.label}`}
          {c.benefit ? <Text dimColor>{`  ${w.scorecard.benefit[c.benefit.state].toLowerCase()}${c.benefit.realizedBy ? ` · ${c.benefit.realizedBy}` : ''}`}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}

function IndicatorDetail({ indicator: i, year, w, locale }: { indicator: IndicatorCard; year: number; w: Catalogue; locale: Locale }) {
  const r = i.result;
  const first = i.series[0];
  const last = i.series.at(-1);
  return (
    <Box flexDirection="column">
      <Text>
        <Text color={COLOR[r.status]}>{`${SYMBOL[r.status]} ${w.indicatorStatus[r.status]}`}</Text>
        {`   ${w.scorecard.trendColumn}: ${trendText(r.trend, w)}`}
      </Text>
      <Text>
        {`${w.scorecard.series}${first && last ? ` ${first.year}–${last.year}` : ''}: `}
        <Text color={COLOR[r.status]}>{sparkline(i.series.map((p) => p.value)) || '–'}</Text>
        {i.series.length > 0 ? ` ${seriesScale(i.series.map((p) => p.value), i.unit, locale)}` : ''}
      </Text>
      <Text>{`${w.scorecard.baseline}: ${formatPoint(i.baseline, i.unit, locale)}`}</Text>
      <Text>{`${w.scorecard.latest}: ${formatPoint(r.actual, i.unit, locale)}`}</Text>
      <Text>{`${fill(w.scorecard.needed, { year })}: ${r.neededThisYear ? formatValue(r.neededThisYear.value, i.unit, locale) : '–'}`}</Text>
      {i.thresholds && (
        <Text wrap="wrap">
          {fill(w.scorecard.thresholds, { desired: formatValue(i.thresholds.desired, i.unit, locale), lowest: formatValue(i.thresholds.lowest, i.unit, locale) })}
        </Text>
      )}
      <Text wrap="wrap">{`${w.scorecard.targets}: ${i.targets.map((t) => formatPoint(t, i.unit, locale)).join(', ') || '–'}`}</Text>
      {i.unit && <Text>{`${w.scorecard.unit}: ${unitText(i.unit)}`}</Text>}
      <Text wrap="wrap">{`${w.scorecard.actuals}: ${i.series.map((p) => `${p.year}: ${formatValue(p.value, i.unit, locale)}`).join(' · ') || '–'}`}</Text>
    </Box>
  );
}

/** The measures of a goal, each with its progress in the report in force and its comment. */
function MeasureList({ measures, w }: { measures: readonly MeasureCard[]; w: Catalogue }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>{w.scorecard.measures}</Text>
      {measures.map((m) => (
        <Text key={m.id} wrap="wrap">
          {`${progressText(m.progress, w)} · ${m.title}${m.comment ? ` (${m.comment})` : ''}`}
        </Text>
      ))}
    </Box>
  );
}

function BenefitDetail({ benefit: b, w, locale }: { benefit: BenefitCard; w: Catalogue; locale: Locale }) {
  const s = b.indicator?.result.status;
  return (
    <Box flexDirection="column">
      <Text>{`${w.scorecard.state}: ${w.scorecard.benefit[b.state]}`}</Text>
      <Text>{`${w.scorecard.deadline}: ${b.realizedBy ?? '–'}`}</Text>
      {b.target && <Text>{`${w.scorecard.benefitTarget}: ${formatPoint(b.target, b.indicator?.unit, locale)}`}</Text>}
      <Text wrap="wrap">{`${w.scorecard.indicator}: ${b.indicator?.title ?? '–'}`}</Text>
      {s && <Text color={COLOR[s]}>{`${SYMBOL[s]} ${w.indicatorStatus[s]}`}</Text>}
    </Box>
  );
}

/** Longest bar of the per-year chart, in characters. */
const BAR_WIDTH = 40;

/** One line per year from the baseline to the last target: the actual as a bar, and the target where one is set. */
function YearBars({ indicator: i, locale }: { indicator: IndicatorCard; locale: Locale }) {
  const points = [...(i.baseline ? [i.baseline] : []), ...i.series, ...i.targets];
  if (i.series.length === 0) return null;
  const values = points.map((p) => p.value);
  // Bars start at zero, so their lengths compare as the values do (a bar from the lowest
  // value would make 44.9 against 45.3 look like a tenfold change). A loop, not
  // Math.min(...values): an indicator may have more actuals than a call takes arguments.
  let low = 0;
  let high = 0;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  // The first point of each year, as `find` would give it, by lookup: linear in the points.
  const actualByYear = firstByYear(i.series);
  const targetByYear = firstByYear(i.targets);
  const length = (v: number): number => (high === low ? 0 : Math.round((Math.abs(v) / Math.max(Math.abs(high), Math.abs(low))) * BAR_WIDTH));
  return (
    <Box flexDirection="column" marginTop={1}>
      {years.map((y) => {
        const actual = actualByYear.get(y);
        const target = targetByYear.get(y);
        const base = i.baseline?.year === y ? i.baseline : undefined;
        const shown = actual ?? base;
        return (
          <Text key={y}>
            {`${y}  `}
            <Text color={actual ? COLOR[i.result.status] : 'gray'}>{(shown ? '█'.repeat(length(shown.value)) : '').padEnd(BAR_WIDTH)}</Text>
            {`  ${shown ? formatValue(shown.value, i.unit, locale) : ''}`}
            {target ? <Text dimColor>{`  ◎ ${formatValue(target.value, i.unit, locale)}`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}

function firstByYear<T extends { year: number }>(points: readonly T[]): Map<number, T> {
  const out = new Map<number, T>();
  for (const p of points) if (!out.has(p.year)) out.set(p.year, p);
  return out;
}
