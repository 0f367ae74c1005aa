import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useMemo, useState } from 'react';
import { printableDeep } from '../output/terminal.js';
import { COLOR, SYMBOL } from '../output/status/cells.js';
import { fill, words, type Catalogue } from '../i18n/words.js';
import type { Locale } from '../i18n/locale.js';
import { BENEFIT_STATES, STATUSES, type Scorecard, type StatusCounts } from '../model/scorecard.js';
import { DetailPane } from './detail-pane.js';
import { BENEFIT_MARK, scorecardTree, type Node } from './tree.js';

interface Props {
  card: Scorecard;
  locale: Locale;
  /** Called when the user quits, before ink exits. */
  onQuit?: () => void;
}

interface Level {
  node: Node;
  selected: number;
}

/**
 * The interactive scorecard: a header with the rollup counts, a list to walk from
 * focus areas to goals to indicators (↑↓ to move, enter or → to open, ← or esc to go
 * back, q to quit) and a pane with the highlighted item's details; enter on an
 * indicator or benefit opens its details full width, with a bar per year.
 */
export function StatusApp({ card, locale, onQuit }: Props) {
  const w = words(locale);
  // Titles and units come from the repository: control characters in them must not steer the terminal.
  const root = useMemo(() => scorecardTree(printableDeep(card), w), [card, w]);
  const [stack, setStack] = useState<Level[]>([{ node: root, selected: 0 }]);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const top = stack.at(-1)!;
  const items = top.node.children ?? [];
  const current = items[top.selected];
  // An opened indicator or benefit fills the view; ← goes back to its list.
  const opened = top.node.indicator !== undefined || top.node.benefit !== undefined;

  useInput((input, key) => {
    if (input === 'q') {
      onQuit?.();
      exit();
      return;
    }
    setStack((levels) => {
      const last = levels.at(-1)!;
      const count = last.node.children?.length ?? 0;
      const move = (by: number): Level[] => [...levels.slice(0, -1), { ...last, selected: Math.min(count - 1, Math.max(0, last.selected + by)) }];
      if (key.upArrow || input === 'k') return move(-1);
      if (key.downArrow || input === 'j') return move(1);
      if (key.pageUp) return move(-10);
      if (key.pageDown) return move(10);
      if (key.return || key.rightArrow || input === 'l') {
        const open = last.node.children?.[last.selected];
        const opens = (open?.children && open.children.length > 0) || open?.indicator !== undefined || open?.benefit !== undefined;
        return open && opens ? [...levels, { node: open, selected: 0 }] : levels;
      }
      if (key.leftArrow || key.escape || key.backspace || key.delete || input === 'h') return levels.length > 1 ? levels.slice(0, -1) : levels;
      return levels;
    });
  });

  const rows = Math.max(5, (stdout.rows ?? 24) - 9);
  const start = Math.min(Math.max(0, top.selected - Math.floor(rows / 2)), Math.max(0, items.length - rows));
  const plan = card.plans.length === 1 ? card.plans[0] : undefined;
  const trail = stack.slice(1).map((l) => l.node.label);

  return (
    <Box flexDirection="column">
      <Text bold>{[root.label, fill(w.scorecard.title, { year: card.year })].filter(Boolean).join(' · ')}</Text>
      {root.counts && <Counts counts={root.counts} w={w} />}
      {plan && (
        <Text dimColor>
          {`${w.scorecard.benefits}: ${BENEFIT_STATES.filter((s) => plan.benefitCounts[s] > 0)
            .map((s) => `${plan.benefitCounts[s]} ${w.scorecard.benefit[s].toLowerCase()}`)
            .join(' · ')} (${fill(w.scorecard.asOf, { date: card.today })})`}
        </Text>
      )}
      <Text dimColor wrap="truncate-end">{trail.length > 0 ? trail.join(' › ') : ' '}</Text>
      {opened ? (
        <DetailPane node={top.node} year={card.year} w={w} locale={locale} wide />
      ) : (
        <Box>
          <Box flexDirection="column" flexGrow={1} flexBasis={0} paddingRight={1}>
            {items.length === 0 && <Text dimColor>{w.scorecard.noGoals}</Text>}
            {items.slice(start, start + rows).map((node, i) => (
              <Item key={node.key} node={node} selected={start + i === top.selected} w={w} />
            ))}
          </Box>
          <DetailPane node={current} year={card.year} w={w} locale={locale} />
        </Box>
      )}
      <Text dimColor>{w.scorecard.keys}</Text>
    </Box>
  );
}

function Counts({ counts, w }: { counts: StatusCounts; w: Catalogue }) {
  const shown = STATUSES.filter((s) => s !== 'no-target' || counts[s] > 0);
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <Text>
      {`${w.scorecard.indicatorCount(total)}: `}
      {shown.map((s, i) => (
        <Text key={s}>
          {i > 0 ? ' · ' : ''}
          <Text color={COLOR[s]}>{SYMBOL[s]}</Text>
          {` ${counts[s]} ${w.indicatorStatus[s].toLowerCase()}`}
        </Text>
      ))}
    </Text>
  );
}

function Item({ node, selected, w }: { node: Node; selected: boolean; w: Catalogue }) {
  const tally = node.counts
    ? STATUSES.filter((s) => node.counts![s] > 0)
        .map((s) => `${SYMBOL[s]}${node.counts![s]}`)
        .join(' ')
    : node.benefit
      ? w.scorecard.benefit[node.benefit.state].toLowerCase()
      : '';
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {selected ? '› ' : '  '}
      {node.benefit ? (
        <Text color={BENEFIT_MARK[node.benefit.state].color}>{BENEFIT_MARK[node.benefit.state].symbol}</Text>
      ) : node.status ? (
        <Text color={COLOR[node.status]}>{SYMBOL[node.status]}</Text>
      ) : (
        ' '
      )}
      {` ${node.label}`}
      {node.children ? ' ›' : ''}
      {tally ? <Text dimColor>{`  ${tally}`}</Text> : null}
    </Text>
  );
}
