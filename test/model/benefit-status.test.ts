import { describe, expect, it } from 'vitest';
import { benefitState } from '../../src/model/benefit-status.js';
import type { Benefit } from '../../src/model/schema-types.js';

const b = (over: Partial<Benefit>): Benefit => ({ kind: 'Benefit', id: 'b', title: 'B', measure: 'm', ...over });

describe('benefitState', () => {
  it('is overdue once realizedBy has passed unrealised, and not on the day itself', () => {
    expect(benefitState(b({ status: 'planned', realizedBy: '2026-06-30' }), '2026-06-30')).toBe('planned');
    expect(benefitState(b({ status: 'planned', realizedBy: '2026-06-30' }), '2026-07-01')).toBe('overdue');
    expect(benefitState(b({ status: 'realising', realizedBy: '2026-06-30' }), '2027-01-01')).toBe('overdue');
  });

  it('keeps realised and abandoned whatever the date', () => {
    expect(benefitState(b({ status: 'realised', realizedBy: '2020-01-01' }), '2026-01-01')).toBe('realised');
    expect(benefitState(b({ status: 'abandoned', realizedBy: '2020-01-01' }), '2026-01-01')).toBe('abandoned');
  });

  it('reads no status as planned, and no deadline as never overdue', () => {
    expect(benefitState(b({}), '2099-01-01')).toBe('planned');
    expect(benefitState(b({ status: 'realising' }), '2099-01-01')).toBe('realising');
  });
});
