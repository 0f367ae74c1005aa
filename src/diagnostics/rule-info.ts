import type { Severity } from './diagnostic.js';

/**
 * An example of docs/rules.md. A `yaml` example is one file of the example repository
 * (test/fixtures/rule-examples/): its first line, `# path`, says which file it replaces
 * or adds. test/docs/rule-examples.test.ts writes it into a copy of that repository,
 * validates it and asserts that the Bad example fires its rule and the Good one does not.
 */
export interface RuleExample {
  lang: 'yaml' | 'sh' | 'handlebars';
  /** What docs/rules.md shows, without the fences. */
  text: string;
  /**
   * The files the test writes instead of `text`, for an example that cannot be written
   * down as one YAML file (a binary file, a symbolic link, a 48 MB export): path → text,
   * bytes, `{ link: target }` for a symbolic link, `{ unreadable: true }` for a file that
   * cannot be read, or `null` to delete a file of the example repository. A function, so that a large file is only made when the test runs.
   */
  files?: () => Record<string, ExampleFile>;
}

export type ExampleFile = string | Uint8Array | { link: string } | { unreadable: true } | null;

/** A rule of the catalogue: what it checks, how bad it is by default, and its documentation. */
export interface RuleInfo<Id extends string = string> {
  /** Stable id: `stage/name` for the stages, a bare name for repository rules. */
  id: Id;
  severity: Severity;
  /** Repository rules can be set to error, warning or off in `Workspace.rules`. */
  configurable: boolean;
  /** One sentence: what the rule finds (SARIF's short description, the tables of the docs). */
  summary: string;
  /** The long form for docs/rules.md, in Markdown: when it fires and what to do. */
  explanation: string;
  /** An example that fires the rule, and one that does not. */
  bad: RuleExample;
  good: RuleExample;
}

/**
 * Declares a rule of the catalogue. The id keeps its literal type, so the catalogue's
 * `RuleId` union lists it and a misspelt id elsewhere does not compile.
 */
export function defineRule<const Id extends string>(info: RuleInfo<Id>): RuleInfo<Id> {
  return info;
}
