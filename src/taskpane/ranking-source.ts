/**
 * Where the pane's ranking comes from (the 汇总 sheet the add-in made, or the user's selection), and
 * turning the table into the 排名 sheet plan and notice text. No Excel here: the reads go through
 * the workbook operations.
 */
import { COLLECT_SHEETS } from '../core/collect/collect-plan';
import { parseAddress } from '../core/sheet-plan/addresses';
import { noticeText } from '../core/ranking/notice-text';
import { rankRows } from '../core/ranking/rank-engine';
import { planRankingSheet } from '../core/ranking/ranking-sheet-plan';
import { type FoundTable, findTable, tableRows } from '../core/ranking/ranking-table';
import type { RankingResult, TiePolicy } from '../core/ranking/ranking-types';
import type { ColumnMapping } from '../core/ranking/table-headers';
import type { SheetPlan } from '../core/sheet-plan/plan-types';
import type { WorkbookOperations } from './operations';

export type RankingSource = 'summary' | 'selection';

export interface SourceTable {
  /** What was read, for the user: 汇总表“汇总” or 选区 Sheet1!A1:E40. */
  label: string;
  table: FoundTable;
}

/** The 1-based row number of a (sheet-qualified) address's first cell: "'汇总'!A3:K40" → 3. */
export function firstRowOf(address: string): number {
  const local = address.split('!').pop() ?? 'A1';
  const [row] = parseAddress(local.split(':')[0]);
  return row + 1;
}

function tableOrThrow(values: unknown[][], address: string, label: string): SourceTable {
  const found = findTable(values, firstRowOf(address));
  if ('problem' in found) throw new Error(`${label}：${found.problem.message}`);
  return { label, table: found };
}

export async function readSourceTable(operations: WorkbookOperations, source: RankingSource): Promise<SourceTable> {
  if (source === 'selection') {
    const selection = await operations.readSelection();
    return tableOrThrow(selection.values, selection.address, `选区 ${selection.address.replace(/'/g, '')}`);
  }
  // The round's 汇总 (汇总评分表, the final scores) before a scoring workbook's own summary.
  const sheets = await operations.listAddinSheets();
  const summary = sheets.find((sheet) => sheet.marker.kind === 'collect' && sheet.marker.templateVersion === COLLECT_SHEETS.summary) ?? sheets.find((sheet) => sheet.marker.kind === 'summary');
  if (!summary) throw new Error('工作簿中没有本加载项生成的汇总表（插入多个网站的评分表或汇总评分表时生成），请选中排名表格后改用“当前选中的区域”。');
  const snapshot = await operations.readSheet(summary.name);
  return tableOrThrow(snapshot.values, snapshot.address, `汇总表“${summary.name}”`);
}

export interface RankingOutput {
  result: RankingResult;
  plan: SheetPlan;
  notice: string;
}

/** With `previous` (last year's table, its recognised columns), the sheet gets the rank-change columns. */
export function buildRanking(table: FoundTable, mapping: ColumnMapping, tie: TiePolicy, previous?: FoundTable, region = '全区'): RankingOutput {
  const result = rankRows(tableRows(table, mapping), { tie }, previous && tableRows(previous, previous.mapping));
  const previousProblems = (previous?.problems ?? []).map((p) => ({ ...p, message: `上年表格：${p.message}` }));
  result.problems = [...table.problems, ...previousProblems, ...result.problems];
  return { result, plan: planRankingSheet(result, { notice: { region } }), notice: noticeText(result, { region }) };
}

/** The user's column choice survives a re-read of a table with the same headers. */
export function sameHeaders(a: FoundTable | null, b: FoundTable): boolean {
  return a !== null && a.headers.length === b.headers.length && a.headers.every((header, i) => header === b.headers[i]);
}
