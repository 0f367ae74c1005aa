import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/*
 * A small stand-in for the GitHub runner, enough to run the workflows `plan init` writes
 * and the planverk Action offline: `run:` steps in bash with the runner's files and
 * variables, the planverk Action's composite steps, and fakes for checkout, setup-node,
 * upload/download-artifact and github-script. Expressions are the subset these files use;
 * anything else throws, so a workflow cannot use what this runner silently ignores.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  shell?: string;
  'continue-on-error'?: boolean;
}

export interface Workflow {
  permissions: Record<string, string>;
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

export interface RunOptions {
  /** The folder steps run in (the checkout). */
  cwd: string;
  /** The runner's temporary folder. */
  runnerTemp: string;
  /** Values of `github.*` expressions, by path: `event_name`, `event.pull_request.number`, … */
  github: Record<string, string | number>;
  /** `owner/name@ref` → the folder of that action (GITHUB_ACTION_PATH). */
  actions: Record<string, string>;
  /** Where uploaded artifacts are kept, by name: shared by the runs of one test. */
  artifacts: string;
  /** PATH before any step adds to it. */
  path: string;
  /** The `github` object a github-script step gets. */
  octokit?: unknown;
}

export interface StepResult {
  step: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface JobResult {
  steps: StepResult[];
  summary: string;
  failed: boolean;
}

/** Reads a workflow (or action) file. */
export function readWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

/** Evaluates one expression of the subset: paths, 'strings', numbers, ==, !=, &&, ||, !, ( ), always(), success(), failure(). */
export function evaluate(expr: string, lookup: (path: string) => unknown, failed: boolean): unknown {
  const tokens = expr.match(/'[^']*'|[A-Za-z_][\w.-]*\(\)|[A-Za-z_][\w.-]*|\d+|==|!=|&&|\|\||!|\(|\)|\S/g) ?? [];
  const js = tokens
    .map((t) => {
      if (t.startsWith("'")) return JSON.stringify(t.slice(1, -1));
      if (t === 'always()') return 'true';
      if (t === 'success()') return String(!failed);
      if (t === 'failure()') return String(failed);
      if (/^[A-Za-z_]/.test(t)) return JSON.stringify(lookup(t) ?? '');
      if (t === '==') return '===';
      if (t === '!=') return '!==';
      if (/^(\d+|&&|\|\||!|\(|\))$/.test(t)) return t;
      throw new Error(`expression ${expr}: cannot read ${t}`);
    })
    .join(' ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(`return (${js});`)();
}

/** Replaces every `${{ … }}` in a string. */
function interpolate(text: string, lookup: (path: string) => unknown, failed: boolean): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e.trim(), lookup, failed)));
}

/** Runs every step of `job` in `workflow` as the runner would; a failed step fails the job, later steps run by their `if`. */
export async function runJob(workflow: Workflow, job: string, options: RunOptions): Promise<JobResult> {
  const files = { output: join(options.runnerTemp, '_output'), summary: join(options.runnerTemp, '_summary.md'), path: join(options.runnerTemp, '_path') };
  for (const f of Object.values(files)) if (!existsSync(f)) writeFileSync(f, '');
  const state = { failed: false, results: [] as StepResult[] };
  const github = (path: string) => {
    if (!path.startsWith('github.')) return undefined;
    const key = path.slice('github.'.length);
    if (!(key in options.github)) throw new Error(`no value for ${path} in this run`);
    return options.github[key];
  };
  const base = (path: string) => (path === 'runner.temp' ? options.runnerTemp : github(path));
  const definition = workflow.jobs[job]!;
  if (definition.if !== undefined && !evaluate(definition.if, base, false)) return { steps: [], summary: '', failed: false };
  for (const step of definition.steps) await runStep(step, base, options, files, state, undefined);
  return { steps: state.results, summary: readFileSync(files.summary, 'utf8'), failed: state.failed };
}

async function runStep(
  step: Step,
  lookup: (path: string) => unknown,
  options: RunOptions,
  files: { output: string; summary: string; path: string },
  state: { failed: boolean; results: StepResult[] },
  actionPath: string | undefined,
): Promise<void> {
  if (!evaluate(step.if ?? 'success()', lookup, state.failed)) return;
  const expand = (v: string) => interpolate(v, lookup, state.failed);
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))]));
  let result: StepResult = { step: step.name ?? step.uses ?? step.run ?? '', code: 0, stdout: '', stderr: '' };
  if (step.run !== undefined) {
    const added = readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse();
    const r = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: options.cwd,
      encoding: 'utf8',
      env: {
        PATH: [...added, options.path].join(':'),
        HOME: process.env.HOME!,
        NO_COLOR: '1',
        RUNNER_TEMP: options.runnerTemp,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_PATH: files.path,
        ...(actionPath ? { GITHUB_ACTION_PATH: actionPath } : {}),
        ...env,
      },
    });
    result = { ...result, code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  } else if (step.uses !== undefined) {
    result.code = await runUses(step.uses, inputs, env, options, files, state);
  }
  state.results.push(result);
  if (result.code !== 0 && step['continue-on-error'] !== true) state.failed = true;
}

async function runUses(
  uses: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  options: RunOptions,
  files: { output: string; summary: string; path: string },
  state: { failed: boolean; results: StepResult[] },
): Promise<number> {
  const [name] = uses.split('@');
  if (name === 'actions/checkout' || name === 'actions/setup-node') return 0;
  if (name === 'actions/upload-artifact') {
    const target = join(options.artifacts, inputs.name!);
    mkdirSync(target, { recursive: true });
    let found = 0;
    for (const path of inputs.path!.split('\n').map((p) => p.trim()).filter(Boolean)) {
      if (!existsSync(path)) continue;
      cpSync(path, path.endsWith('/') ? target : join(target, path.split('/').pop()!), { recursive: true });
      found++;
    }
    return found > 0 || inputs['if-no-files-found'] === 'ignore' ? 0 : 1;
  }
  if (name === 'actions/download-artifact') {
    const source = join(options.artifacts, inputs.name!);
    if (!existsSync(source)) return 1;
    cpSync(source, inputs.path!, { recursive: true });
    return 0;
  }
  if (name === 'actions/github-script') {
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
    const saved = { ...process.env };
    Object.assign(process.env, env, { RUNNER_TEMP: options.runnerTemp });
    const [owner, repo] = String(options.github.repository).split('/');
    const context = { repo: { owner, repo } };
    const core = { info: () => undefined, warning: () => undefined };
    try {
      const { createRequire } = await import('node:module');
      await new AsyncFunction('require', 'github', 'context', 'core', inputs.script!)(createRequire(import.meta.url), options.octokit, context, core);
      return 0;
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  }
  const actionPath = options.actions[uses];
  if (!actionPath) throw new Error(`no stand-in for uses: ${uses}`);
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
  for (const key of Object.keys(inputs)) if (!(key in action.inputs)) throw new Error(`${uses} has no input ${key}`);
  const values = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]));
  const lookup = (path: string) => (path.startsWith('inputs.') ? values[path.slice('inputs.'.length)] : path === 'runner.temp' ? options.runnerTemp : undefined);
  const inner = { failed: false, results: state.results };
  for (const step of action.runs.steps) await runStep(step, lookup, options, files, inner, actionPath);
  return inner.failed ? 1 : 0;
}
