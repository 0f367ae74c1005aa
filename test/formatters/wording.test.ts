import { describe, expect, it } from 'vitest';
import { norwayMunicipal } from '../../src/arshjul/library/norway-municipal.js';
import type { DiffResult, DocumentDiff } from '../../src/diff/semantic-diff.js';
import { diffMarkdown } from '../../src/output/diff/md.js';
import { diffText } from '../../src/output/diff/text.js';
import { reportLabel } from '../../src/i18n/report-label.js';
import { words } from '../../src/i18n/words.js';
import type { Locale } from '../../src/i18n/locale.js';
import { scaffoldDocuments } from '../../src/init/scaffold.js';

function result(locale: Locale, documents: DocumentDiff[] = [], statuses: DiffResult['summary']['statuses'] = []): DiffResult {
  return {
    base: { label: 'main', commit: 'a'.repeat(40), present: true, files: 1, documents: 1, errors: 0, warnings: 0 },
    head: { label: 'working tree', present: true, files: 1, documents: 1, errors: 1, warnings: 0 },
    changed: true,
    counts: { added: 0, removed: 0, changed: documents.length, moved: 0 },
    documents,
    summary: { budget: [], budgetTotals: [], goals: { added: [], removed: [] }, measures: { added: [], removed: [] }, sdgTargets: [], indicatorTargets: [], priorityCoverage: [], statuses },
    locale,
    amountUnit: 1000,
    currency: 'NOK',
  };
}

const measure: DocumentDiff = { id: 'tiltak', kind: 'Measure', title: 'Tiltak', status: 'changed', file: 'm.yaml', changes: [{ path: 'budget[0].operating', op: 'changed', old: 1500, new: -12345.5 }, { path: 'period.end', op: 'changed', old: 2029, new: 2030 }] };

describe('wording (issue 18 item 5)', () => {
  it('diff: status values read in the report language, not as YAML keys', () => {
    const statuses = [{ id: 'kp', kind: 'Plan', title: 'Plan', old: 'draft', new: 'adopted' }, { id: 'tiltak', kind: 'Measure', title: 'Tiltak', old: 'planned', new: 'ongoing' }] as DiffResult['summary']['statuses'];
    const md = diffMarkdown(result('nb', [], statuses));
    expect(md).toMatch(/\| Utkast \| Vedtatt \|/);
    expect(md).toMatch(/\| Planlagt \| Pågår \|/);
    expect(diffText(result('nn', [], statuses), { color: false })).toContain('Utkast → Vedtatt');
  });

  it('diff: numbers in the details are formatted as the locale writes them', () => {
    const md = diffMarkdown(result('nb', [measure]));
    expect(md).toContain('| 1500 | \u221212\u00a0345,5 |');
    expect(diffText(result('en', [measure]), { color: false })).toContain('1500 → -12,345.5');
    expect(md).toContain('| 2029 | 2030 |');
  });

  it('plurals: one error is "1 error", never "1 errors"', () => {
    expect(words('en').diff.errors(1)).toBe('1 error');
    expect(words('en').diff.errors(2)).toBe('2 errors');
    expect(words('nn').diff.warnings(1)).toBe('1 åtvaring');
    expect(words('en').summary.problems(1)).toBe('1 problem');
    expect(words('nb').summary.warnings(1)).toBe('1 advarsel');
  });

  it('nn cites the acts by their nynorsk names; en translates them', () => {
    const nn = norwayMunicipal('nn').events.map((e) => e.legalBasis ?? '').join('\n');
    expect(nn).toContain('Kommunelova § 14-7');
    expect(nn).toContain('Plan- og bygningslova § 10-1');
    expect(nn).not.toMatch(/loven\b/);
    expect(norwayMunicipal('nb').events.map((e) => e.legalBasis).join('\n')).toContain('Kommuneloven §§ 14-2 til 14-4');
    expect(norwayMunicipal('en').events.map((e) => e.legalBasis).join('\n')).toContain('Local Government Act §§ 14-2 to 14-4');
  });

  it('nn: the årsmelding deadline says it is presented, and "Tyding" is gone', () => {
    expect(norwayMunicipal('nn').events.find((e) => e.id === 'arsberetning-avgitt')?.title).toBe('Frist: årsmeldinga blir lagd fram');
    expect(reportLabel('nn', 'col.significance')).toBe('Vekt');
    expect(reportLabel('nn', 'matrix.significance')).not.toMatch(/tyding/i);
  });

  it('an SDG target is a bærekraftsdelmål, so "delmål" alone never means one', () => {
    expect(reportLabel('nb', 'col.target')).toBe('Bærekraftsdelmål');
    expect(reportLabel('nn', 'col.target')).toBe('Berekraftsdelmål');
    expect(words('nb').diff.target).toBe('Bærekraftsdelmål');
    expect(reportLabel('nb', 'trace.targetWithoutGoal')).toBe('Prioritert bærekraftsdelmål uten mål');
  });

  it('the report header says the amounts are the net budget effect of the measures', () => {
    expect(reportLabel('nb', 'section.measuresEffect')).toBe('Tiltakenes netto budsjettvirkning');
    expect(reportLabel('en', 'section.measuresEffect')).toBe('Net budget effect of the measures');
  });

  it('init cites § 14-7 for the årsberetning, with the law named in the locale', () => {
    const nb = scaffoldDocuments({ name: 'Test', locale: 'nb', firstElectionYear: 2023 });
    const nn = scaffoldDocuments({ name: 'Test', locale: 'nn', firstElectionYear: 2023 });
    const text = (files: typeof nb) => files.map((f) => f.content).join('\n');
    expect(text(nb)).toContain('Kommuneloven § 14-7');
    expect(text(nb)).not.toContain('§ 14-6');
    expect(text(nn)).toContain('Kommunelova § 14-7');
  });

  it('one status vocabulary: report and status say the same word for the same status', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      for (const [status, word] of Object.entries(words(locale).indicatorStatus)) expect(reportLabel(locale, `status.${status}`)).toBe(word);
    }
    expect(Object.values(words('nb').indicatorStatus)).toEqual(['Nådd', 'I rute', 'I faresonen', 'Ikke i rute', 'Ingen data', 'Uten mål']);
  });
});
