/**
 * Live validation of the add-in's scoring sheets: a full pass when the pane opens or sheets were
 * inserted, then a re-check of a sheet shortly after each change in it (typed or pasted: the
 * whole sheet is re-read, since the change event carries no details of multi-cell edits).
 *
 * Problem cells are marked in the sheet only after something the user did (an edit, an insertion,
 * 重新检查): opening a workbook, or the shared runtime starting the pane's page hidden, must not
 * change and dirty it. A sheet read while GOV cells still show #BUSY! (custom functions computing)
 * is read again once Excel reports the sheet calculated, or after PENDING_RETRY_MS.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Template } from '../../core/template-schema';
import { validateScoringSheet, type SheetProblem } from '../../core/sheet-validation/validate-scoring-sheet';
import { PENDING_VALUE } from '../../core/sheet-validation/leaf-checks';
import type { WorkbookOperations } from '../operations';
import { scoringTemplateFor, uncheckableSheetProblem } from '../../core/department-profile';
import type { SheetMarker } from '../../core/sheet-plan/sheet-keys';

export const RECHECK_DELAY_MS = 250;
/** How long to wait for an onCalculated event before reading a sheet with #BUSY! cells again. */
export const PENDING_RETRY_MS = 1500;
/** Re-reads of one sheet while its functions are busy, before the problems are shown as they are. */
export const PENDING_RETRIES = 8;

export interface LiveValidation {
  problems: [string, SheetProblem[]][];
  checking: boolean;
  /** Checks every scoring sheet; `mark` (default true) also marks their problem cells. */
  recheckAll: (mark?: boolean) => Promise<void>;
}

const hasPending = (values: unknown[][]) => values.some((row) => row.some((value) => value === PENDING_VALUE));

export function useLiveValidation(operations: WorkbookOperations | null, templates: ReadonlyMap<string, Template>): LiveValidation {
  const [problems, setProblems] = useState<Map<string, SheetProblem[]>>(new Map());
  const [checking, setChecking] = useState(false);
  const sheetTemplates = useRef(new Map<string, SheetMarker>());
  /** Sheets read with #BUSY! cells: how often, and whether their marks are due. */
  const pending = useRef(new Map<string, { tries: number; mark: boolean; timer: ReturnType<typeof setTimeout> }>());

  const checkSheet = useCallback(
    async (sheetName: string, mark: boolean): Promise<void> => {
      if (!operations) return;
      const marker = sheetTemplates.current.get(sheetName);
      if (!marker) return;
      const template = scoringTemplateFor(marker, templates);
      if (!template) {
        // Listed, not passed over: a sheet that cannot be checked must not look like one without problems.
        const problem = uncheckableSheetProblem(marker, templates);
        setProblems((current) => new Map(current).set(sheetName, problem ? [problem] : []));
        return;
      }
      const snapshot = await operations.readSheet(sheetName);
      const waiting = pending.current.get(sheetName);
      clearTimeout(waiting?.timer);
      pending.current.delete(sheetName);
      const tries = waiting?.tries ?? 0;
      if (hasPending(snapshot.values) && tries < PENDING_RETRIES) {
        const markLater = mark || (waiting?.mark ?? false);
        const timer = setTimeout(() => void checkSheet(sheetName, markLater), PENDING_RETRY_MS);
        pending.current.set(sheetName, { tries: tries + 1, mark: markLater, timer });
      }
      const found = validateScoringSheet(template, snapshot);
      if (mark || waiting?.mark) await operations.markCells(sheetName, [...new Set(found.filter((p) => p.severity !== 'info').map((p) => p.cell).filter(Boolean))]);
      setProblems((current) => new Map(current).set(sheetName, found));
    },
    [operations, templates],
  );

  const recheckAll = useCallback(
    async (mark = true) => {
      if (!operations) return;
      setChecking(true);
      try {
        const sheets = (await operations.listAddinSheets()).filter((s) => s.marker.kind === 'scoring');
        sheetTemplates.current = new Map(sheets.map((s) => [s.name, s.marker]));
        setProblems(new Map(sheets.map((s) => [s.name, []])));
        for (const sheet of sheets) await checkSheet(sheet.name, mark);
      } finally {
        setChecking(false);
      }
    },
    [operations, checkSheet],
  );

  useEffect(() => {
    if (!operations) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const waiting = pending.current;
    void recheckAll(false);
    void operations
      .watchChanges(
        (sheetName) => {
          clearTimeout(timers.get(sheetName));
          timers.set(sheetName, setTimeout(() => void checkSheet(sheetName, true), RECHECK_DELAY_MS));
        },
        (sheetName) => {
          const entry = waiting.get(sheetName);
          if (entry) void checkSheet(sheetName, entry.mark);
        },
      )
      .then((stop) => (unsubscribe = stop));
    return () => {
      timers.forEach((timer) => clearTimeout(timer));
      waiting.forEach(({ timer }) => clearTimeout(timer));
      void unsubscribe?.();
    };
  }, [operations, recheckAll, checkSheet]);

  return { problems: [...problems.entries()], checking, recheckAll };
}
