import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { words } from '../../src/i18n/words.js';
import { buildScorecard, type IndicatorCard } from '../../src/model/scorecard.js';
import { DetailPane } from '../../src/ui/detail-pane.js';
import { BENEFIT_MARK, scorecardTree, type Node } from '../../src/ui/tree.js';
import { loadExample } from '../helpers/example-repo.js';

const w = words('nb');
const card = buildScorecard(loadExample().repo, { year: 2025, today: '2026-08-31' });
const tree = scorecardTree(card, w);

afterEach(() => cleanup());

describe('the ink detail pane (issue 18 item 7)', () => {
  it('shows the goals of a focus area with their marks', () => {
    const area = tree.children!.find((n) => n.key.startsWith('area:'))!;
    const frame = render(<DetailPane node={area} year={2025} w={w} locale="nb" />).lastFrame()!;
    for (const goal of area.children!) expect(frame).toContain(goal.label.slice(0, 20));
  });

  it('shows the benefits, each marked by its own state, not its indicator status', () => {
    const benefits = tree.children!.find((n) => n.key.startsWith('benefits:'))!;
    expect(benefits.children!.length).toBeGreaterThan(0);
    for (const b of benefits.children!) expect(b.status).toBeUndefined();
    const frame = render(<DetailPane node={benefits} year={2025} w={w} locale="nb" />).lastFrame()!;
    const first = benefits.children![0]!.benefit!;
    expect(frame).toContain(`${BENEFIT_MARK[first.state].symbol} ${first.title.slice(0, 20)}`);
    expect(frame).toContain(w.scorecard.benefit[first.state].toLowerCase());
  });

  it('draws bars from zero, so lengths compare as the values do', () => {
    const base = card.plans[0]!.focusAreas[0]!.goals[0]!.indicators[0]!;
    const indicator: IndicatorCard = { ...base, baseline: undefined, targets: [], series: [{ year: 2024, value: 40 }, { year: 2025, value: 80 }] };
    const node: Node = { key: 'indicator:x', label: 'x', indicator, status: indicator.result.status };
    const frame = render(<DetailPane node={node} year={2025} w={w} locale="nb" wide />).lastFrame()!;
    const bar = (year: number) => (frame.split('\n').find((l) => l.includes(`${year}  █`)) ?? '').split('█').length - 1;
    expect(bar(2025)).toBe(40);
    expect(bar(2024)).toBe(20);
  });
});
