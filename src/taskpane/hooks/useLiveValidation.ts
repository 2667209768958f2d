/**
 * Live validation of the add-in's scoring sheets: a full pass when the pane opens or sheets were
 * inserted, then a re-check of a sheet shortly after each change in it (typed or pasted: the
 * whole sheet is re-read, since the change event carries no details of multi-cell edits).
 * Problem cells are marked in the sheet and unmarked once fixed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Template } from '../../core/template-schema';
import { validateScoringSheet, type SheetProblem } from '../../core/sheet-validation/validate-scoring-sheet';
import type { WorkbookOperations } from '../operations';

export const RECHECK_DELAY_MS = 250;

export interface LiveValidation {
  problems: [string, SheetProblem[]][];
  checking: boolean;
  recheckAll: () => Promise<void>;
}

export function useLiveValidation(operations: WorkbookOperations | null, templates: ReadonlyMap<string, Template>): LiveValidation {
  const [problems, setProblems] = useState<Map<string, SheetProblem[]>>(new Map());
  const [checking, setChecking] = useState(false);
  const marked = useRef(new Map<string, Set<string>>());
  const sheetTemplates = useRef(new Map<string, string>());

  const checkSheet = useCallback(
    async (sheetName: string) => {
      if (!operations) return;
      const template = templates.get(sheetTemplates.current.get(sheetName) ?? '');
      if (!template || template.kind !== 'scoring') return;
      const found = validateScoringSheet(template, await operations.readSheet(sheetName));
      const cells = new Set(found.map((p) => p.cell).filter(Boolean));
      const before = marked.current.get(sheetName) ?? new Set<string>();
      await operations.markCells(sheetName, [...cells].filter((c) => !before.has(c)), [...before].filter((c) => !cells.has(c)));
      marked.current.set(sheetName, cells);
      setProblems((current) => new Map(current).set(sheetName, found));
    },
    [operations, templates],
  );

  const recheckAll = useCallback(async () => {
    if (!operations) return;
    setChecking(true);
    try {
      const sheets = (await operations.listAddinSheets()).filter((s) => s.marker.kind === 'scoring');
      sheetTemplates.current = new Map(sheets.map((s) => [s.name, s.marker.templateId]));
      setProblems(new Map(sheets.map((s) => [s.name, []])));
      for (const sheet of sheets) await checkSheet(sheet.name);
    } finally {
      setChecking(false);
    }
  }, [operations, checkSheet]);

  useEffect(() => {
    if (!operations) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    void recheckAll();
    void operations
      .watchChanges((sheetName) => {
        clearTimeout(timers.get(sheetName));
        timers.set(sheetName, setTimeout(() => void checkSheet(sheetName), RECHECK_DELAY_MS));
      })
      .then((stop) => (unsubscribe = stop));
    return () => {
      timers.forEach((timer) => clearTimeout(timer));
      void unsubscribe?.();
    };
  }, [operations, recheckAll, checkSheet]);

  return { problems: [...problems.entries()], checking, recheckAll };
}
