import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, expectedPlan, nb } from '../helpers/example-data.js';
import { checkRepository } from '../../src/check/check-repository.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { renderDocx } from '../../src/output/docx/render-docx.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { copyExample, EXAMPLE, run } from '../helpers/run.js';

const checked = () => {
  const { repo, catalog } = checkRepository(loadRepository(EXAMPLE));
  return [repo, catalog] as const;
};

const expected = expectedPlan();

/** The cells of the Markdown table row that starts with `label`, after `heading`. */
function mdRow(text: string, heading: string, label: string): string[] {
  const section = text.slice(text.indexOf(heading));
  const line = section.split('\n').find((l) => l.startsWith(`| ${label}`))!;
  return line.split('|').slice(1, -1).map((c) => c.trim().replace(/\*\*/g, ''));
}

describe('plan report handlingsprogram (md)', async () => {
  const r = await run(['report', 'handlingsprogram']);

  it('renders without problems', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('contains every measure and every goal of the plan', () => {
    expect(expected.measures.length).toBeGreaterThan(10);
    expect(expected.goals.length).toBeGreaterThan(10);
    for (const m of expected.measures) expect(r.stdout).toContain(escapeHtml(m.title));
    for (const g of expected.goals) expect(r.stdout).toContain(`### ${escapeHtml(g.title)}`);
  });

  it('has budget totals per year that match the YAML', () => {
    const heading = '## Budsjettoversikt for planperioden';
    expect(mdRow(r.stdout, heading, '**Sum drift**').slice(2)).toEqual([...expected.perYear.map((y) => nb(y.operating)), nb(expected.total.operating)]);
    expect(mdRow(r.stdout, heading, '**Sum investering**').slice(2)).toEqual([...expected.perYear.map((y) => nb(y.investment)), nb(expected.total.investment)]);
    // Drift and investering are never added together (issue 15).
    expect(r.stdout).not.toContain('**Sum totalt**');
  });

  it('writes nb numbers: no-break space grouping and a real minus sign', () => {
    expect(r.stdout).toContain('1\u00a0500');
    expect(r.stdout).toContain('\u2212800');
    expect(r.stdout).toContain('(beløp i 1000 kr)');
  });

  it('lists measures without budget as open questions', () => {
    const open = r.stdout.slice(r.stdout.indexOf('## Åpne spørsmål'));
    for (const m of expected.measures.filter((x) => !(x.budget ?? []).length)) expect(open).toContain(m.id);
  });
});

describe('plan report handlingsprogram (html)', async () => {
  const r = await run(['report', 'handlingsprogram', '--format', 'html']);

  it('is a self-contained page with every measure and goal', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    for (const m of expected.measures) expect(r.stdout).toContain(escapeHtml(m.title));
    for (const g of expected.goals) expect(r.stdout).toContain(escapeHtml(g.title));
    expect(r.stdout).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(r.stdout).not.toMatch(/@import|url\(/);
    expect(r.stdout).toContain('@page { size: A4');
  });

  it('has the budget summary totals from the YAML', () => {
    const table = r.stdout.slice(r.stdout.indexOf('class="budget budget-summary"'));
    const rows = [...table.slice(0, table.indexOf('</table>')).matchAll(/<tr class="sum">(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td class="num">(.*?)<\/td>/g)].map((c) => c[1]));
    expect(rows).toEqual([
      [...expected.perYear.map((y) => nb(y.operating)), nb(expected.total.operating)],
      [...expected.perYear.map((y) => nb(y.investment)), nb(expected.total.investment)],
    ]);
  });

  it('embeds the materiality matrix and one chart per indicator row', () => {
    expect(r.stdout).toContain('class="planverk-matrix"');
    const rows = (r.stdout.match(/<td class="chart">/g) ?? []).length;
    expect(rows).toBeGreaterThan(0);
    expect((r.stdout.match(/class="planverk-chart"/g) ?? []).length).toBe(rows);
  });

  it("marks in every chart the value needed in the plan's first year (2027), not in the latest actual's (2025)", async () => {
    const needed = r.stdout.match(/Nødvendig \d{4}/g) ?? [];
    expect(needed.length).toBeGreaterThan(5);
    expect(new Set(needed)).toEqual(new Set(['Nødvendig 2027']));
    // The Word report's charts (rasterised for the fallback) mark the same year.
    const model = resolveReport(...checked(), { planId: 'handlingsprogram-2027-2030', locale: 'nb' })!;
    const svgs: string[] = [];
    await renderDocx(model, { generated: new Date(0), rasterise: (svg) => (svgs.push(svg), undefined) });
    const charts = svgs.filter((svg) => svg.includes('class="planverk-chart"'));
    expect(charts.length).toBeGreaterThan(5);
    expect(new Set(charts.flatMap((svg) => svg.match(/Nødvendig \d{4}/g) ?? []))).toEqual(new Set(['Nødvendig 2027']));
  });
});

describe('plan report options', () => {
  it('speaks nn and en when asked', async () => {
    const nn = await run(['report', 'handlingsprogram', '--locale', 'nn']);
    expect(nn.code).toBe(0);
    expect(nn.stdout).toContain('## Opne spørsmål');
    const en = await run(['report', 'handlingsprogram', '--locale', 'en', '--format', 'html']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('<html lang="en">');
    expect(en.stdout).toContain('Budget summary for the plan period');
    expect(en.stdout).toContain('1,500');
  });

  it('writes --out atomically and refuses to overwrite without --force', async () => {
    const dir = copyExample();
    const out = join(dir, 'report.md');
    expect((await run(['report', 'handlingsprogram', '--out', out], dir)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Handlingsprogram 2027–2030');
    writeFileSync(out, 'mine');
    const again = await run(['report', 'handlingsprogram', '--out', out], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/finnes; bruk --force/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await run(['report', 'handlingsprogram', '--out', out, '--force'], dir)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Handlingsprogram 2027–2030');
  });

  it('takes --plan and reports an unknown plan or template as a usage error, with did you mean', async () => {
    const ok = await run(['report', 'handlingsprogram', '--plan', 'handlingsprogram-2027-2030']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('# Handlingsprogram 2027–2030');
    // A plan that is not a handlingsprogram is refused, listing the handlingsprograms.
    const notHp = await run(['report', 'handlingsprogram', '--plan', 'kommuneplan-2040', '--locale', 'en']);
    expect(notHp.code).toBe(2);
    expect(notHp.stderr).toContain('"kommuneplan-2040" is not a handlingsprogram; choose one of: handlingsprogram-2027-2030');
    const typo = await run(['report', 'handlingsprogram', '--plan', 'handlingsprogram-2027-2031', '--locale', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^plan: no handlingsprogram "handlingsprogram-2027-2031"; did you mean "handlingsprogram-2027-2030"\?/);
    const badPlan = await run(['report', 'handlingsprogram', '--plan', 'nope']);
    expect(badPlan.code).toBe(2);
    expect(badPlan.stderr).toMatch(/^plan: finner ingen handlingsprogram «nope»; velg en av: handlingsprogram-2027-2030/);
    const badTemplate = await run(['report', 'handlingsprogam', '--locale', 'en']);
    expect(badTemplate.code).toBe(2);
    expect(badTemplate.stderr).toMatch(/no template "handlingsprogam"; did you mean "handlingsprogram"\?; choose one of: arsberetning, gevinstplan, handlingsprogram/);
    const missing = await run(['report', './nope.hbs', '--locale', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the template file ./nope.hbs does not exist');
  });

  it('says so when the repository has no handlingsprogram instead of rendering another plan', async () => {
    const dir = copyExample();
    for (const f of readdirSync(join(dir, 'plans'))) {
      const file = join(dir, 'plans', f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^type: handlingsprogram$/m, 'type: temaplan'));
    }
    const r = await run(['report', 'handlingsprogram', '--locale', 'en', '--allow-errors'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the repository has no plan of type handlingsprogram');
    expect(r.stdout).toBe('');
  });

  it('escapes a <script> in a title in HTML', async () => {
    const dir = copyExample();
    const file = join(dir, 'measures/velferd.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Digital hjemmeoppfølging for kronisk syke', 'title: "<script>alert(1)</script> & co"'));
    const r = await run(['report', 'handlingsprogram', '--format', 'html'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('uses templates and partials of the repository before the built-in ones', async () => {
    const dir = copyExample();
    mkdirSync(join(dir, 'templates/partials'), { recursive: true });
    writeFileSync(join(dir, 'templates/partials/budget-summary.md.hbs'), 'OUR SUMMARY {{amount budget.total.total}}\n');
    writeFileSync(join(dir, 'templates/tiltaksliste.md.hbs'), '{{#each (sort measures "title")}}- {{title}}: {{amount budget.total.total compact=true}}\n{{/each}}{{> budget-summary}}');
    const own = await run(['report', 'handlingsprogram'], dir);
    expect(own.stdout).toContain(`OUR SUMMARY ${nb(expected.total.total)}`);
    const list = await run(['report', 'tiltaksliste', '--plan', 'handlingsprogram-2027-2030'], dir);
    expect(list.code).toBe(0);
    const lines = list.stdout.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(expected.measures.length);
    expect(lines.map((l) => l.slice(2))).toEqual([...lines.map((l) => l.slice(2))].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(list.stdout).toContain('- Ny barneskole på Spikkestad: kr 290,5 mill.');
  });

  it('renders a repository with errors, leaving out the invalid documents and saying so', async () => {
    const dir = copyExample();
    const file = join(dir, 'measures/velferd.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('responsible: velferd\ntype: run', 'responsible: velferd\ntype: run\nbudsjet: 12'));
    const r = await run(['report', 'handlingsprogram'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\.\/measures\/velferd\.yaml\n.*schema\/additional-properties$/m);
    expect(r.stderr).toContain('✖ 1 problem (1 feil, 0 advarsler)');
    expect(r.stdout).not.toContain('Hverdagsrehabilitering i hjemmetjenesten');
    expect(r.stdout).toContain('Digital hjemmeoppfølging');
  });

  it('gives templates no access to prototypes', async () => {
    const dir = copyExample();
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates/proto.md.hbs'), '[{{plan.constructor.name}}][{{plan.title.constructor}}][{{lookup plan "__proto__"}}][{{plan.hasOwnProperty}}]');
    const r = await run(['report', 'proto', '--plan', 'handlingsprogram-2027-2030'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[][][][]');
  });
});
