/**
 * Live coverage check of the workbook's task-split sheets, the same way as useLiveValidation: a
 * full read when the pane opens or sheets were written, then a re-read shortly after each change in
 * a task-split sheet or the 单位名单 sheet (or in a sheet not seen before: it may be one renamed).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Template } from '../../core/template-schema';
import type { WorkbookOperations } from '../operations';
import { readTaskSplits, type TaskSheetState } from '../task-split-actions';

export const TASK_RECHECK_DELAY_MS = 250;

export interface TaskSplitCoverage {
  states: TaskSheetState[];
  checking: boolean;
  error: string | null;
  recheck: () => Promise<void>;
}

export function useTaskSplitCoverage(operations: WorkbookOperations, templates: ReadonlyMap<string, Template>): TaskSplitCoverage {
  const [states, setStates] = useState<TaskSheetState[]>([]);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kinds = useRef(new Map<string, string>());

  const recheck = useCallback(async () => {
    setChecking(true);
    try {
      kinds.current = new Map((await operations.listAddinSheets()).map((s) => [s.name, s.marker.kind]));
      setStates(await readTaskSplits(operations, (id) => templates.get(id)));
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setChecking(false);
    }
  }, [operations, templates]);

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    void recheck();
    void operations
      .watchChanges((sheetName) => {
        const kind = kinds.current.get(sheetName);
        if (kind !== undefined && kind !== 'task-split' && kind !== 'unit-list') return;
        clearTimeout(timer);
        timer = setTimeout(() => void recheck(), TASK_RECHECK_DELAY_MS);
      })
      .then((stop) => {
        if (active) unsubscribe = stop;
        else void stop();
      });
    return () => {
      active = false;
      clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [operations, recheck]);

  return { states, checking, error, recheck };
}
