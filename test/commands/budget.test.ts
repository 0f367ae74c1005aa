import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, run } from '../helpers/run.js';
import { writeTree } from '../helpers/tree.js';
import { edited, fixtureTree } from '../okonomiplan/fixture.js';

describe('plan budget', () => {
  it('prints the statutory tables of the example as text by default, exit 0', async () => {
    const r = await run(['budget']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Økonomiplan 2027–2030\n=+\nHandlingsprogram 2027–2030 · beløp i 1000 kr\n/);
    expect(r.stdout).toMatch(/\n {2}5 {2}Sum generelle driftsinntekter +5\u00a0427\u00a0000 {2}5\u00a0455\u00a0000/);
  });

  it('keys --format json by the names of FORMAT.md', async () => {
    const r = await run(['budget', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.operating.netOperatingResult['2027']).toBe(126900);
    expect(json.operating.carriedForward).toEqual({ 2027: 0, 2028: 0, 2029: 0, 2030: 0 });
    expect(json.investment.measureInvestments['2028']).toBe(251000);
    expect(json.frames.map((f: { unit: string }) => f.unit)).toEqual(['velferd', 'oppvekst', 'samfunnsutvikling', 'samfunnstjenester', 'okonomi-og-virksomhetsstyring', 'organisasjon-og-digitalisering', 'kultur-og-innbyggerdialog']);
    expect(json.frames[0].total['2030']).toBe(2097500);
    expect(json.investments[0]).toMatchObject({ measure: 'ny-skole-spikkestad', total: 287000 });
    expect(json.financialTargets[0]).toMatchObject({ target: 'netOperatingResult', min: 2, max: null, years: { 2027: { percent: 2.1, met: true } } });
    expect(json.balanced.operating['2029']).toBe(true);
  });

  it('writes decimals without binary noise in JSON', async () => {
    const r = await run(['budget', '--format', 'json'], writeTree(fixtureTree('small')));
    const json = JSON.parse(r.stdout);
    expect(json.frames[0].total).toEqual({ 2027: 3129.8, 2028: 3289.9 });
    expect(json.operating.netFinance['2027']).toBe(-164.9);
  });

  it('writes CSV that Excel reads with Norwegian settings: BOM, semicolons, decimal comma, CRLF', async () => {
    const r = await run(['budget', '--format', 'csv'], writeTree(fixtureTree('small')));
    expect(r.stdout.startsWith('\ufeffØkonomiplan 2027–2028\r\n')).toBe(true);
    expect(r.stdout).toContain('\r\n2;Inntekts- og formuesskatt;3800;3900,2\r\n');
    expect(r.stdout).toContain('\r\n15;Netto finansutgifter;-164,9;-168,5\r\n');
    expect(r.stdout).toContain('\r\nHelse;3129,8;3289,9\r\n');
    expect(r.stdout).not.toMatch(/[^\r]\n/);
  });

  it('writes CSV with commas and decimal points in English, quoting what needs it', async () => {
    const r = await run(['budget', '--format', 'csv', '--locale', 'en'], writeTree(fixtureTree('small')));
    expect(r.stdout).toContain('\r\n15,Net financial expenses,-164.9,-168.5\r\n');
    expect(r.stdout).toContain('\r\n"Appropriation overview, operating, part 1 (Budget and Accounting Regulations § 5-4 (1))"\r\n');
  });

  it('keeps a title from the repository from becoming a spreadsheet formula', async () => {
    const tree = edited(fixtureTree('small'), 'measures.yaml', 'title: Nytt skolebygg', 'title: "=HYPERLINK(\\"http://x\\";\\"klikk\\")"');
    const r = await run(['budget', '--format', 'csv'], writeTree(tree));
    expect(r.stdout).toContain('\r\n"\'=HYPERLINK(""http://x"";""klikk"")";1000;2000,5;3000,5\r\n');
  });

  it('names the lines in nynorsk and English', async () => {
    const nn = await run(['budget', '--format', 'md', '--locale', 'nn']);
    expect(nn.stdout).toContain('## Løyvingsoversikt drift, del 1');
    expect(nn.stdout).toContain('| 25 | **Framført til inndekning i seinare år (meirforbruk)** |');
    const en = await run(['budget', '--format', 'md', '--locale', 'en']);
    expect(en.stdout).toContain('| 17 | **Net operating result** | **126,900** | **135,600** | **170,500** | **195,700** |');
  });

  it('prints the error on stderr and exits 1, still showing a valid Budget', async () => {
    const dir = copyExample();
    const file = join(dir, 'okonomiplan/okonomiplan-2027-2030.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('toUnrestrictedFunds: 112600', 'toUnrestrictedFunds: 120000'));
    const r = await run(['budget', '--format', 'md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\.\/okonomiplan\/okonomiplan-2027-2030\.yaml\n/);
    expect(r.stderr).toContain('✖ 1 problem (1 feil, 0 advarsler)');
    expect(r.stdout).toContain('Økonomiplanen er ikke i balanse i 2028 (se plan validate).');
    expect(r.stdout).toContain('| 25 | **Fremført til inndekning i senere år (merforbruk)** | **0** | **−7\u00a0400** | **0** | **0** |');
  });

  it('exits 1 without tables when the Budget itself fails its schema', async () => {
    const r = await run(['budget'], writeTree(edited(fixtureTree('small'), 'budget.yaml', 'incomeTax: 3800', 'incomeTax: mye')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('budsjettet «okonomiplan» har feil');
  });

  it('exits 2 for a repository without a Budget, or an unknown --plan', async () => {
    const tree = fixtureTree('small');
    delete tree['budget.yaml'];
    const none = await run(['budget'], writeTree(tree));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('repositoriet har ikke noe Budget (økonomiplan)');
    const unknown = await run(['budget', '--plan', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('velg en av: handlingsprogram-2027-2030');
    const english = await run(['budget', '--plan', 'nope', '--locale', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('choose one of: handlingsprogram-2027-2030');
  });

  it('writes --out only once without --force, the format from the extension', async () => {
    const dir = copyExample();
    const out = join(dir, 'okonomiplan.csv');
    expect((await run(['budget', '--out', out], dir)).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\ufeffØkonomiplan')).toBe(true);
    const again = await run(['budget', '--out', out], dir);
    expect(again.code).toBe(2);
    expect((await run(['budget', '--out', out, '--force'], dir)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
