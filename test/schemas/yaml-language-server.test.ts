import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLanguageService, type LanguageService, type SchemasSettings } from 'yaml-language-server';
import { copyExample, EXAMPLE, plan, tempDir } from '../helpers/plan-cli.js';

// A goal with four schema problems: a bad id, a missing title, a wrong enum value and an unknown key.
const BAD_GOAL = readFileSync(new URL('../fixtures/schemas/bad-goal.yaml', import.meta.url), 'utf8');

/** yaml-language-server names its problems by message key; these are plan validate's rule ids for them. */
function ruleOf(message: string): string {
  if (message.startsWith('Missing property')) return 'schema/required';
  if (message === 'patternWarning' || message.startsWith('String does not match the pattern')) return 'schema/pattern';
  if (message === 'enumWarning' || message.startsWith('Value is not accepted')) return 'schema/enum';
  if (message === 'DisallowedExtraPropWarning' || message.startsWith('Property ')) return 'schema/additional-properties';
  return `unknown: ${message}`;
}

/** The YAML language server as VS Code's YAML extension runs it, reading schemas from disk. */
function languageService(schemas: SchemasSettings[]): LanguageService {
  const ls = getLanguageService({
    schemaRequestService: async (uri: string) => {
      if (!uri.startsWith('file:')) throw new Error(`the schemas must not need the network: ${uri}`);
      return readFileSync(fileURLToPath(uri), 'utf8');
    },
    workspaceContext: { resolveRelativePath: (path: string, resource: string) => new URL(path, resource).href },
  });
  ls.configure({ validate: true, schemas });
  return ls;
}

// The server caches parsed documents by uri and version, as an editor bumps the version on every change.
let version = 0;

async function problems(ls: LanguageService, file: string, text: string): Promise<string[]> {
  const found = await ls.doValidation(TextDocument.create(pathToFileURL(file).href, 'yaml', ++version, text), false);
  return found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(String(d.message))}`).sort();
}

describe('the exported schemas in the YAML language server (VS Code)', { timeout: 60_000 }, () => {
  let out: string;
  let combined: string;
  beforeAll(() => {
    out = join(tempDir(), 'schemas');
    expect(plan(['schema', '--out', out]).code).toBe(0);
    combined = pathToFileURL(join(out, 'planverk.schema.json')).href;
  });

  it('reports a bad document at the same lines and columns, with the same rules, as plan validate', async () => {
    const root = copyExample();
    writeFileSync(join(root, 'goals', 'bad.yaml'), BAD_GOAL);
    const json = JSON.parse(plan(['validate', root, '--format', 'json']).stdout) as { diagnostics: { file: string; rule: string; line: number; column: number }[] };
    const expected = json.diagnostics.filter((d) => d.file === 'goals/bad.yaml').map((d) => `${d.line}:${d.column} ${d.rule}`).sort();
    expect(expected).toHaveLength(4);

    const file = join(root, 'goals', 'bad.yaml');
    // Through the yaml.schemas setting, with the combined schema …
    expect(await problems(languageService([{ uri: combined, fileMatch: ['*.yaml'] }]), file, BAD_GOAL)).toEqual(expected);
    // … with the Goal schema alone, whose refs lead to common.schema.json next to it …
    const goal = pathToFileURL(join(out, 'goal.schema.json')).href;
    expect(await problems(languageService([{ uri: goal, fileMatch: ['*.yaml'] }]), file, BAD_GOAL)).toEqual(expected);
    // … and through a modeline, relative to the document (lines shift by one).
    const modeline = `# yaml-language-server: $schema=${relative(join(root, 'goals'), join(out, 'planverk.schema.json'))}\n${BAD_GOAL}`;
    const shifted = expected.map((p) => p.replace(/^(\d+)/, (l) => String(Number(l) + 1)));
    expect(await problems(languageService([]), file, modeline)).toEqual(shifted);
  });

  it('accepts every document of the example repository', async () => {
    const ls = languageService([{ uri: combined, fileMatch: ['*.yaml'] }]);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.yaml') && !dir.endsWith('drafts')) files.push(join(dir, e.name));
      }
    };
    walk(EXAMPLE);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(await problems(ls, file, readFileSync(file, 'utf8')), relative(EXAMPLE, file)).toEqual([]);
  });
});
