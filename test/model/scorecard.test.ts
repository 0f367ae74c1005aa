import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../src/model/scorecard.js';
import { loadExample } from '../helpers/example-repo.js';

describe('buildScorecard on the example', () => {
  const { repo } = loadExample();

  it('defaults to the plans with goals and the latest year with data', () => {
    const card = buildScorecard(repo, { today: '2026-08-31' });
    expect(card.year).toBe(2025);
    expect(card.plans.map((p) => p.id)).toEqual(['kommuneplan-2040']);
  });

  it('rolls up each indicator once per plan and focus area, and per goal', () => {
    const plan = buildScorecard(repo, { year: 2025, today: '2026-08-31' }).plans[0]!;
    expect(plan.counts).toEqual({ reached: 3, 'on-track': 7, 'at-risk': 3, 'off-track': 6, 'no-data': 1, 'no-target': 0 });
    const tjenester = plan.focusAreas.find((f) => f.id === 'tjenester')!;
    expect(tjenester.goals.map((g) => g.id)).toEqual(['god-helse', 'mestring-i-eget-liv', 'trygg-oppvekst', 'laering-og-mestring']);
    // reinnleggelser belongs to two goals of the area but counts once.
    expect(tjenester.counts).toEqual({ reached: 0, 'on-track': 3, 'at-risk': 1, 'off-track': 2, 'no-data': 0, 'no-target': 0 });
    const helse = tjenester.goals[0]!;
    expect(helse.counts).toMatchObject({ 'at-risk': 1, 'off-track': 1 });
    expect(helse.indicators[0]!.series.at(-1)).toEqual({ year: 2025, value: 44.9 });
  });

  it('cuts each series at the year', () => {
    const plan = buildScorecard(repo, { year: 2022, today: '2026-08-31' }).plans[0]!;
    const ungdom = plan.focusAreas[0]!.goals[0]!.indicators[0]!;
    expect(ungdom.series.map((p) => p.year)).toEqual([2020, 2021, 2022]);
  });

  it('gives each benefit its state on the day and its indicator status', () => {
    const benefits = buildScorecard(repo, { year: 2025, today: '2026-08-31' }).plans[0]!.benefits;
    const state = Object.fromEntries(benefits.map((b) => [b.id, b.state]));
    expect(state).toEqual({
      'faerre-reinnleggelser': 'planned',
      'flere-boliger-i-sentrum': 'overdue',
      'flere-gaende-og-syklende': 'planned',
      'flere-hele-stillinger': 'realising',
      'kortere-reisetid-vollen': 'abandoned',
      'lavere-driftskostnader': 'realising',
      'lavere-utslipp-bygg-og-anlegg': 'realising',
      'raskere-soknadsbehandling': 'realised',
    });
    expect(benefits.find((b) => b.id === 'flere-boliger-i-sentrum')?.indicator?.result.status).toBe('off-track');
    // Before its deadline the same benefit is still planned.
    const earlier = buildScorecard(repo, { year: 2025, today: '2026-06-30' }).plans[0]!.benefits;
    expect(earlier.find((b) => b.id === 'flere-boliger-i-sentrum')?.state).toBe('planned');
  });

  it('selects one plan by id, and none for an unknown id', () => {
    expect(buildScorecard(repo, { planId: 'kommuneplan-2040', today: '2026-01-01' }).plans).toHaveLength(1);
    expect(buildScorecard(repo, { planId: 'klimaplan-2030', today: '2026-01-01' }).plans[0]?.counts['on-track']).toBe(0);
    expect(buildScorecard(repo, { planId: 'nope', today: '2026-01-01' }).plans).toEqual([]);
  });
});

describe('buildScorecard: plans without goals and indicators without goals (issue 18)', () => {
  const { repo } = loadExample();

  it('shows a handlingsprogram the goals it implements through its parent, and its benefits', () => {
    const card = buildScorecard(repo, { year: 2025, today: '2026-08-31', planId: 'handlingsprogram-2027-2030' });
    const plan = card.plans[0]!;
    expect(plan.goalsOf).toBe('kommuneplan-2040');
    const parent = buildScorecard(repo, { year: 2025, today: '2026-08-31', planId: 'kommuneplan-2040' }).plans[0]!;
    expect(plan.focusAreas.map((f) => f.id)).toEqual(parent.focusAreas.map((f) => f.id));
    expect(plan.counts).toEqual(parent.counts);
    expect(plan.benefits.length).toBeGreaterThan(0);
    expect(parent.goalsOf).toBeUndefined();
  });

  it('lists the indicators no goal uses in their own group, with their status', () => {
    const card = buildScorecard(repo, { year: 2025, today: '2026-08-31' });
    const used = new Set(repo.ofKind('Goal', true).flatMap((g) => g.data.indicators ?? []));
    const expected = repo.ofKind('Indicator', true).map((i) => i.id).filter((id) => !used.has(id)).sort();
    expect(card.unused.map((i) => i.id)).toEqual(expected);
    const total = Object.values(card.unusedCounts).reduce((a, b) => a + b, 0);
    expect(total).toBe(expected.length);
  });

  it('lists an indicator that a goal stops using instead of dropping it', () => {
    const { repo: r } = loadExample();
    const goal = r.ofKind('Goal', true).find((g) => (g.data.indicators ?? []).length > 0)!;
    const dropped = goal.data.indicators![0]!;
    const stillUsed = r.ofKind('Goal', true).some((g) => g !== goal && (g.data.indicators ?? []).includes(dropped));
    goal.data.indicators = goal.data.indicators!.filter((i) => i !== dropped);
    const card = buildScorecard(r, { year: 2025, today: '2026-08-31' });
    if (!stillUsed) {
      const listed = card.unused.find((i) => i.id === dropped)!;
      expect(listed.result.status).toBeDefined();
    }
    expect(card.unused.some((i) => i.id === dropped)).toBe(!stillUsed);
  });
});
