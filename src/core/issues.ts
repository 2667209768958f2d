/** A problem found in a template or a sheet: data, not an exception. */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  /** Stable code, e.g. `weight-sum-mismatch`; tests and tools match on it. */
  code: string;
  /** Node path `一级 › 二级 › 三级`, or '' for the whole template. */
  path: string;
  /** Chinese message for the user. */
  message: string;
}

export const PATH_SEPARATOR = ' › ';

export function joinPath(names: readonly string[]): string {
  return names.join(PATH_SEPARATOR);
}
