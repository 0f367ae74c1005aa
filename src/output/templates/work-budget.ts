/**
 * How much work one `plan report` may do, counted, not timed, so that a template
 * that would run for minutes (eight nested `#each` over `@root.measures`, partials
 * that call each other twice over forty levels) stops with a `template/work-limit`
 * diagnostic at the same place on every machine (SECURITY.md, "Templates").
 */
export interface WorkLimits {
  /** Block iterations (`#each`), partial calls and list items handed to helpers. */
  steps: number;
  /** Characters produced by blocks, partials and helpers (nested output counts at each level). */
  chars: number;
}

/**
 * The built-in handlingsprogram on 40,000 generated documents (bench/generate.mjs)
 * takes 230,000 steps and counts 171 million characters in HTML (41 million
 * written); a step costs about a microsecond, so a template that multiplies its
 * loops stops within about two seconds.
 */
export const DEFAULT_LIMITS: WorkLimits = { steps: 2_000_000, chars: 300_000_000 };

/** Thrown when a render passes its limits; the engine turns it into a diagnostic at `loc`. */
export class WorkLimitError extends Error {
  /** Where in the template: set by the innermost block that knows its location. */
  loc?: unknown;

  constructor(
    readonly kind: keyof WorkLimits,
    readonly limit: number,
  ) {
    super(kind === 'steps' ? `the template did more than ${limit.toLocaleString('en')} steps of work (loop iterations, partial calls, list items)` : `the template produced more than ${limit.toLocaleString('en')} characters`);
  }
}

/** The counters of one render. */
export class WorkBudget {
  private steps = 0;
  private chars = 0;
  constructor(readonly limits: WorkLimits = DEFAULT_LIMITS) {}

  /** Counts `n` steps; throws once past the limit. */
  step(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.steps) throw new WorkLimitError('steps', this.limits.steps);
  }

  /** What has been counted so far. */
  get used(): WorkLimits {
    return { steps: this.steps, chars: this.chars };
  }

  /** Counts output of `n` characters; throws once past the limit. */
  output(n: number): void {
    this.chars += n;
    if (this.chars > this.limits.chars) throw new WorkLimitError('chars', this.limits.chars);
  }
}
