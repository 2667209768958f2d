/**
 * How a sheet the add-in made describes itself, so that validation, summaries and rankings work
 * after the file is closed, e-mailed, reopened or renamed: the plan's last column is hidden and
 * holds a key per row. Its first cell is the sheet marker; a row's key travels with the row when
 * the user inserts rows above it or sorts.
 */
import type { SheetKind } from './plan-types';

export const MARKER_PREFIX = 'gov-eval';
export const MARKER_VERSION = 1;
/** Sheets of the task split (任务分解表, per-unit sheets, their index, the member list 单位名单). */
export const TASK_SPLIT_KINDS: readonly SheetKind[] = ['task-split', 'unit-tasks', 'unit-index', 'unit-list'];

export interface SheetMarker {
  kind: SheetKind;
  templateId: string;
  templateVersion: string;
  /** The department profile a scoring sheet was planned with (its name as 附录1 spells it). */
  profile?: string;
  /** A self-assessment (自评) scoring sheet: filled in by the site's own unit, never a score. */
  selfAssessment?: boolean;
}

/**
 * The field that marks a self-assessment sheet, after the version (and the profile, if any). No
 * department is called so, and markers written before it existed have no such field: they parse as
 * before. A reader older than the field takes it for a profile it does not know and leaves the sheet.
 */
export const SELF_ASSESSMENT_FIELD = 'self-assessment';

export function sheetMarker(marker: SheetMarker): string {
  const fields = [MARKER_PREFIX, marker.kind, `v${MARKER_VERSION}`, marker.templateId, marker.templateVersion];
  if (marker.profile) fields.push(marker.profile.replace(/\|/g, ''));
  if (marker.selfAssessment) fields.push(SELF_ASSESSMENT_FIELD);
  return fields.join('|');
}

/** The marker read back from the key column's first cell; null for a sheet the add-in did not make. */
export function parseSheetMarker(text: unknown): SheetMarker | null {
  if (typeof text !== 'string') return null;
  const [prefix, kind, version, templateId, templateVersion, ...rest] = text.split('|');
  if (prefix !== MARKER_PREFIX || version !== `v${MARKER_VERSION}` || !templateId) return null;
  if (kind !== 'scoring' && kind !== 'summary' && kind !== 'ranking' && kind !== 'collect' && !TASK_SPLIT_KINDS.includes(kind as SheetKind)) return null;
  const selfAssessment = rest.includes(SELF_ASSESSMENT_FIELD);
  const profile = rest.find((field) => field !== SELF_ASSESSMENT_FIELD && field !== '');
  return { kind: kind as SheetKind, templateId, templateVersion: templateVersion ?? '', ...(profile ? { profile } : {}), ...(selfAssessment ? { selfAssessment } : {}) };
}

/** Row keys. */
export const rowKey = {
  /** One per input row of a leaf: the n-th input (0-based). */
  input: (leafId: string, n: number) => `input:${leafId}:${n}`,
  subtotal: (level1Id: string) => `subtotal:${level1Id}`,
  total: (which: 'base' | 'bonus' | 'deduction' | 'total') => `total:${which}`,
  site: (siteSheet: string) => `site:${siteSheet}`,
  header: 'header',
  /** The header row holding the site name and the completion status. */
  status: 'status',
} as const;

export type ParsedRowKey =
  | { kind: 'input'; leafId: string; index: number }
  | { kind: 'subtotal'; level1Id: string }
  | { kind: 'total'; which: 'base' | 'bonus' | 'deduction' | 'total' }
  | { kind: 'site'; sheet: string }
  | { kind: 'header' }
  | { kind: 'status' };

export function parseRowKey(text: unknown): ParsedRowKey | null {
  if (typeof text !== 'string' || text === '') return null;
  const [kind, ...rest] = text.split(':');
  switch (kind) {
    case 'input': {
      const index = Number(rest[rest.length - 1]);
      const leafId = rest.slice(0, -1).join(':');
      return leafId && Number.isInteger(index) ? { kind, leafId, index } : null;
    }
    case 'subtotal':
      return rest[0] ? { kind, level1Id: rest.join(':') } : null;
    case 'total':
      return ['base', 'bonus', 'deduction', 'total'].includes(rest[0]) ? { kind, which: rest[0] as 'base' } : null;
    case 'site':
      return { kind, sheet: rest.join(':') };
    case 'header':
      return { kind: 'header' };
    case 'status':
      return { kind: 'status' };
    default:
      return null;
  }
}
