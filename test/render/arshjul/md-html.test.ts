import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runArshjul } from '../../arshjul/run.js';

describe('plan arshjul --format md', { timeout: 30_000 }, () => {
  it('is a month-by-month table with every month, empty ones too', async () => {
    const { code, stdout } = await runArshjul({ year: 2027, format: 'md', calendar: 'styringshjul' });
    expect(code).toBe(0);
    const months = [...stdout.matchAll(/^\| \*\*([a-zæøå]+)\*\* \|/gm)].map((m) => m[1]);
    expect(months).toEqual(['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']);
    expect(stdout).toContain('## Årshjul 2027 (valgperiodens år 4)');
    expect(stdout).toContain('| **juli** | | — | | | |');
    expect(stdout).toContain('| **desember** | 15. des. | Handlingsprogram og årsbudsjett vedtas | Budsjett | Kommunestyret | Kommuneloven § 14-3 og plan- og bygningsloven § 11-1 |');
    // A span from the year before is listed in the first month, with its real dates.
    expect(stdout).toContain('| **januar** | 1. des. 2026 – 31. jan. 2027 | Overgang til nytt økonomisystem');
    // Every row has the same number of cells.
    const rows = stdout.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(8);
  });

  it('has a section per year over a range, and speaks English on request', async () => {
    const { stdout } = await runArshjul({ from: 2026, to: 2028, format: 'md', calendar: 'kommuneplanhjul', locale: 'en' });
    expect([...stdout.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual([
      'Annual wheel 2026 (year 3 of the council period)',
      'Annual wheel 2027 (year 4 of the council period)',
      'Annual wheel 2028 (year 1 of the council period)',
    ]);
    expect(stdout).toContain('| **October** | October | Kommunal planstrategi vedtas | Planning |');
  });
});

describe('plan arshjul --format html', { timeout: 30_000 }, () => {
  it('is one self-contained page with the wheel and a month-by-month list', async () => {
    const { code, stdout } = await runArshjul({ year: 2027, format: 'html' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(stdout).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(stdout).not.toMatch(/<link |<script/);
    expect(stdout).toContain('@media print');
    expect(stdout.match(/<svg xmlns/g)).toHaveLength(1);
    expect(stdout.match(/<h3>/g)).toHaveLength(12);
    expect(stdout).toContain('Datoen står i lov eller forskrift.');
    // The page is well-formed enough to parse as XML once the doctype is gone.
    expect(XMLValidator.validate(stdout.replace(/^<!doctype html>/, '').replace(/<meta ([^>]*[^/])>/g, '<meta $1/>'))).toBe(true);
  });

  it('draws one wheel per year over a range, with ids that do not clash', async () => {
    const { stdout } = await runArshjul({ from: 2027, to: 2028, format: 'html' });
    expect(stdout.match(/<svg xmlns/g)).toHaveLength(2);
    const ids = [...stdout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
