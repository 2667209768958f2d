/**
 * The first table of a sheet or file, as ranking input. Cells come already decoded (CSV text,
 * ExcelJS or Office.js values): strings, numbers, booleans or blanks. The header row is the first of
 * the first 20 rows that names both a name column and a score column (the add-in's 汇总 sheet has a
 * title and a note above its header); the table ends at the first blank row, and anything further
 * down is reported, not silently read or dropped.
 */
import type { Issue } from '../issues';
import { cellText, parseVeto } from './cell-values';
import { rankingMessages as m, roleLabels } from './ranking-messages';
import type { RankingInputRow } from './ranking-types';
import { type ColumnMapping, isRankingHeader, recognizeColumns } from './table-headers';

export type TableCell = string | number | boolean | null | undefined;

export interface FoundTable {
  /** Header texts, one per column ('' for a blank header). */
  headers: string[];
  /** The recognised columns; the user may override them. */
  mapping: ColumnMapping;
  /** Data rows with their row number in the source (1-based, as the user sees it). */
  rows: { line: number; cells: readonly unknown[] }[];
  problems: Issue[];
}

const HEADER_SEARCH_ROWS = 20;
const isBlankRow = (row: readonly unknown[]) => row.every((cell) => cellText(cell) === '');

/**
 * Finds the table; `firstLine` is the source row number of `grid[0]` (a selection may start lower).
 * Returns null, with the problem, when no header row is recognised.
 */
export function findTable(grid: readonly (readonly unknown[])[], firstLine = 1): FoundTable | { problem: Issue } {
  const headerIndex = grid.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isRankingHeader(recognizeColumns(row)));
  if (headerIndex === -1) {
    return { problem: { severity: 'error', code: 'ranking-no-header', path: '', message: m.noHeader([roleLabels.name, roleLabels.score]) } };
  }
  const header = grid[headerIndex];
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headers = Array.from({ length: width }, (_, i) => cellText(header[i]));
  const rows: FoundTable['rows'] = [];
  const problems: Issue[] = [];
  let index = headerIndex + 1;
  for (; index < grid.length && !isBlankRow(grid[index]); index++) rows.push({ line: firstLine + index, cells: grid[index] });
  const more = grid.slice(index).findIndex((row) => !isBlankRow(row));
  if (more !== -1) {
    const line = firstLine + index + more;
    problems.push({ severity: 'warning', code: 'ranking-after-table', path: m.rowWhere(line), message: m.afterTable(line) });
  }
  if (rows.length === 0) problems.push({ severity: 'error', code: 'ranking-no-rows', path: '', message: m.noRows() });
  return { headers, mapping: recognizeColumns(header), rows, problems };
}

/** The table's rows as engine input, read through `mapping` (recognised or chosen by the user). */
export function tableRows(table: Pick<FoundTable, 'rows'>, mapping: ColumnMapping): RankingInputRow[] {
  const at = (cells: readonly unknown[], column: number | null) => (column === null ? undefined : cells[column]);
  return table.rows.map(({ line, cells }) => ({
    category: mapping.category === null ? undefined : cellText(at(cells, mapping.category)),
    name: cellText(at(cells, mapping.name)),
    url: mapping.url === null ? undefined : cellText(at(cells, mapping.url)),
    score: at(cells, mapping.score),
    veto: mapping.veto === null ? false : parseVeto(at(cells, mapping.veto)),
    where: m.rowWhere(line),
  }));
}
