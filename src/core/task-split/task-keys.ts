/** Row keys of the task-split sheets (hidden last column, as on the scoring sheets). */
export const taskKey = {
  task: (rowId: string) => `task:${rowId}`,
  unit: (name: string) => `unit:${name}`,
  member: (index: number) => `member:${index}`,
} as const;

/** The task row id of a key "task:<id>", else null. */
export function taskRowId(key: unknown): string | null {
  return typeof key === 'string' && key.startsWith('task:') && key.length > 5 ? key.slice(5) : null;
}

/** Default sheet names. */
export const TASK_SHEET_NAMES = { split: '任务分解表', members: '单位名单', index: '单位索引' } as const;
