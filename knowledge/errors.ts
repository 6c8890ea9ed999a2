/**
 * Waymark's error family. Every error carries a stable `code` that operators can search for, says what failed
 * and where, and how to fix it. Knowledge is the lowest layer, so the family lives here and every layer uses it.
 */

/** Stable codes; never renumber or reuse one, logs and runbooks refer to them. */
export type ErrorCode =
  | 'CONTENT_INVALID'
  | 'CONFIG_INVALID'
  | 'EXAMPLES_INVALID'
  | 'MODEL_MISSING'
  | 'MODEL_LOAD_FAILED'
  | 'STORE_CORRUPT'
  | 'STORE_WRITE_FAILED'
  | 'INPUT_REJECTED';

export class WaymarkError extends Error {
  readonly code: ErrorCode;
  /** What the operator can do about it. */
  readonly hint: string;

  constructor(code: ErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WaymarkError';
    this.code = code;
    this.hint = hint;
  }
}

/** One problem found while validating a data file: which file, which key, what is wrong. */
export interface Problem {
  file: string;
  key: string;
  message: string;
  /** Warnings (an ageing answer, a missing translation) are reported but do not stop the bot. */
  severity: 'error' | 'warning';
}

/** Renders problems one per line, as `file: key: message`, the format editors and CI logs link to. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.severity === 'warning' ? 'warning' : 'error'}: ${p.file}: ${p.key}: ${p.message}`).join('\n');
}

/** Thrown when data files fail validation; carries every problem found, not just the first. */
export class InvalidDataError extends WaymarkError {
  readonly problems: readonly Problem[];

  constructor(code: 'CONTENT_INVALID' | 'EXAMPLES_INVALID' | 'CONFIG_INVALID', problems: readonly Problem[], hint: string) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(code, `${errors.length} problem(s) in data files:\n${formatProblems(errors)}`, hint);
    this.problems = problems;
  }
}
