import type { DocumentOutline } from '../../load/outline.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { xml } from '../xml.js';
import type { Formatter, ValidateReport } from './types.js';
import { ciPath } from './types.js';

interface Case {
  name: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/**
 * JUnit XML as GitLab, Jenkins and Azure Pipelines read it: a `<testsuite>` per
 * file, a `<testcase>` per document and one `<failure>` per failing testcase, naming
 * its first error and listing all of them, so `failures` counts failed testcases and
 * never exceeds `tests` (a document with three errors is one failure). Warnings do not
 * fail a testcase; they are listed in its `<system-out>`. Problems outside any
 * document (syntax errors, unreadable files) go to a testcase named after the file.
 */
export const junit: Formatter = (report) => {
  const suites = [...groupByFile(report)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totalTests = suites.reduce((n, [, cases]) => n + cases.length, 0);
  const totalFailures = suites.reduce((n, [, cases]) => n + failed(cases), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="plan validate" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
  ];
  for (const [file, cases] of suites) {
    const path = ciPath(report, file);
    const failures = failed(cases);
    out.push(`  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`);
    for (const c of cases) {
      const open = `    <testcase name="${xml(c.name)}" classname="${xml(path)}" file="${xml(path)}"`;
      if (c.errors.length === 0 && c.warnings.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const first = c.errors[0];
      if (first) {
        const message = c.errors.length === 1 ? first.message : `${first.message} (+${c.errors.length - 1})`;
        out.push(`      <failure message="${xml(message)}" type="${xml(first.rule)}">${xml(c.errors.map((d) => describe(path, d)).join('\n'))}</failure>`);
      }
      if (c.warnings.length > 0) out.push(`      <system-out>${xml(c.warnings.map((d) => describe(path, d)).join('\n'))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

/**
 * Files with their testcases: every outlined file, plus files known only from a
 * diagnostic. Diagnostics are grouped by file first and a document is found by
 * binary search, so 100,000 diagnostics in a file of 50,000 documents stay linear-ish.
 */
function groupByFile(report: ValidateReport): Map<string, Case[]> {
  const documents = new Map<string, readonly DocumentOutline[]>();
  for (const f of report.outline ?? []) documents.set(f.path, f.documents);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    if (!documents.has(d.file)) documents.set(d.file, []);
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const result = new Map<string, Case[]>();
  for (const [file, docs] of documents) {
    const cases: Case[] = docs.map((doc) => ({ name: caseName(doc), errors: [], warnings: [] }));
    let fileCase: Case | undefined;
    for (const d of byFile.get(file) ?? []) {
      let target = cases[documentAt(docs, d.line)];
      if (!target) target = fileCase ??= { name: file, errors: [], warnings: [] };
      (d.severity === 'error' ? target.errors : target.warnings).push(d);
    }
    if (fileCase) cases.unshift(fileCase);
    // A file without documents and without problems is still a passed check.
    if (cases.length === 0) cases.push({ name: file, errors: [], warnings: [] });
    result.set(file, cases);
  }
  return result;
}

/** The index of the first document whose lines hold `line` (documents are in file order; neighbours may share a line), or -1. */
function documentAt(docs: readonly DocumentOutline[], line: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    let mid = (lo + hi) >> 1;
    const doc = docs[mid]!;
    if (line < doc.line) hi = mid - 1;
    else if (line > doc.endLine) lo = mid + 1;
    else {
      while (mid > 0 && docs[mid - 1]!.endLine >= line) mid--;
      return mid;
    }
  }
  return -1;
}

function caseName(doc: DocumentOutline): string {
  if (doc.kind && doc.id) return `${doc.kind} ${doc.id}`;
  return `document ${doc.index + 1}${doc.kind ? ` (${doc.kind})` : ''}`;
}

function describe(path: string, d: Diagnostic): string {
  const head = `${path}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`;
  return d.hint ? `${head}\nhint: ${d.hint}` : head;
}


/** How many testcases have an error. */
function failed(cases: readonly Case[]): number {
  return cases.reduce((m, c) => m + (c.errors.length > 0 ? 1 : 0), 0);
}
