/**
 * 汇总评分表 in the pane (issue 15): the chosen evaluators' and reviewers' .xlsx files read in this
 * page (never uploaded), collected by the same core as `collect` on the command line, and the
 * output planned (汇总, 复核, 自评对比, 来源). Loaded on demand (it brings the collect core and the
 * .xlsx reader with ExcelJS), so the pane's first render does not wait for it.
 */
import { collectRound } from '../core/collect/collect-round';
import { planCollectWorkbook } from '../core/collect/collect-plan';
import type { CollectFile, CollectOptions, CollectResult, CollectRole } from '../core/collect/collect-types';
import type { WorkbookPlan } from '../core/sheet-plan/plan-types';
import { readCollectFile } from '../xlsx/read-collect-file';
import { MAX_XLSX_BYTES } from '../xlsx/read-table';

export interface ChosenFile {
  file: File;
  role: CollectRole;
}

export interface PaneCollectOutcome {
  result: CollectResult;
  /** The output sheets, or null when the round is refused (mixed versions, unfinished sheets). */
  plan: WorkbookPlan | null;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** One chosen file as collect's input; a file the page cannot read is reported (unreadable), not thrown. */
async function readChosen({ file, role }: ChosenFile): Promise<CollectFile> {
  const readAt = new Date().toISOString();
  if (file.size > MAX_XLSX_BYTES) return { name: file.name, sha256: '', readAt, role, sheets: [], unreadable: `文件有 ${megabytes(file.size)}，超过 ${megabytes(MAX_XLSX_BYTES)} 的上限。` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { name: file.name, sha256: '', readAt, role, sheets: [], unreadable: '浏览器无法读取该文件（已被移动或删除？）。' };
  }
  return readCollectFile(file.name, bytes, role, readAt);
}

/** Reads the files one by one (`onProgress` before each), then collects the round. */
export async function collectChosenFiles(files: readonly ChosenFile[], options: CollectOptions, onProgress: (done: number, total: number, name: string) => void): Promise<PaneCollectOutcome> {
  const read: CollectFile[] = [];
  for (const [index, chosen] of files.entries()) {
    onProgress(index, files.length, chosen.file.name);
    read.push(await readChosen(chosen));
  }
  onProgress(files.length, files.length, '');
  const result = collectRound(read, options);
  return { result, plan: result.refusals.length === 0 ? planCollectWorkbook(result) : null };
}

