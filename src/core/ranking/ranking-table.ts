/**
 * The first table of a sheet or file, as ranking input. Cells come already decoded (CSV text,
 * ExcelJS or Office.js values): strings, numbers, booleans or blanks, or an UncalculatedFormula from
 * an .xlsx never calculated. The header row is the first of the first 20 rows that names both a name
 * column and a score column (the add-in's 汇总 sheet has a title and a note above its header), with
 * the row below it when that is the second row of a two-row header (得分 merged over 基础分 | 加分 |
 * 总分: the score is the child 总分). The table ends at the first blank row: further rows with data
 * are an error (sites would be missing from an official ranking), other content (a note) a warning.
 */
import { columnLetter } from '../sheet-plan/addresses';
import type { Issue } from '../issues';
import { cellText, parseVeto } from './cell-values';
import { rankingMessages as m, roleLabels } from './ranking-messages';
import type { RankingInputRow } from './ranking-types';
import {
  type ColumnMapping,
  type ColumnRole,
  type HeaderReading,
  combineHeaderRows,
  hasRankingColumns,
  isSubHeaderRow,
  normalizeHeader,
  readHeaderRow,
} from './table-headers';
import { columnWhere, tableMessages as t } from './table-messages';

/**
 * A formula cell of an .xlsx file that holds no calculated value: the file was written by a program
 * (gov-eval workbook, ExcelJS) and never opened in Excel or WPS. Its text is blank; findTable refuses
 * a table with one in a column it reads.
 */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}
  toString(): string {
    return '';
  }
}

export type TableCell = string | number | boolean | null | undefined | UncalculatedFormula;

export interface FoundTable {
  /** Header texts, one per column ('' for a blank header; "得分/总分" for a child of a two-row header). */
  headers: string[];
  /** The recognised columns; the user may override them. A role with `columnProblems` is null. */
  mapping: ColumnMapping;
  /** Data rows with their row number in the source (1-based, as the user sees it). */
  rows: { line: number; cells: readonly unknown[] }[];
  problems: Issue[];
  /**
   * Why a column could not be chosen (two 总分 columns, a two-row header without a total): errors
   * that the user resolves by picking the columns (the pane), and that the CLI reports and stops on.
   */
  columnProblems: Issue[];
}

const HEADER_SEARCH_ROWS = 20;
const isBlankCell = (cell: unknown) => !(cell instanceof UncalculatedFormula) && cellText(cell) === '';
const isBlankRow = (row: readonly unknown[]) => row.every(isBlankCell);
const error = (code: string, path: string, message: string): Issue => ({ severity: 'error', code, path, message });

interface HeaderAt {
  index: number;
  /** Rows the header takes: 1, or 2 for a two-row header. */
  height: 1 | 2;
  reading: HeaderReading;
  labels: string[];
  /**
   * Columns that look like scores ("2022年得分", "2023年总分") in a header without a column named as
   * the score: the user chooses (the pane) or the file is refused (the CLI); never guessed.
   */
  scoreCandidates?: number[];
}

/** Words that make a header look like a score column when it is not named exactly as one. */
const SCORE_WORDS = ['总分', '得分', '分数', 'score', 'total'];

/**
 * A header row that names a name column but no score column, with columns that look like scores
 * (a table of several years' scores, "2022年得分, 2023年得分"): the table is read with the score column
 * left for the user to choose, instead of "未找到表头".
 */
function looseHeaderAt(grid: readonly (readonly unknown[])[], index: number, width: number): HeaderAt | null {
  const row = grid[index];
  const reading = readHeaderRow(row);
  if (reading.mapping.name === null || hasRankingColumns(reading)) return null;
  const taken = new Set(Object.values(reading.mapping).filter((c): c is number => c !== null));
  const scoreCandidates = row.flatMap((cell, i) => {
    const text = normalizeHeader(cell);
    return !taken.has(i) && SCORE_WORDS.some((word) => text.includes(word)) ? [i] : [];
  });
  if (scoreCandidates.length === 0) return null;
  return { index, height: 1, reading, labels: Array.from({ length: width }, (_, i) => cellText(row[i])), scoreCandidates };
}

/** The header at `index`: the row alone, or with the next one as a two-row header. */
function headerAt(grid: readonly (readonly unknown[])[], index: number, width: number): HeaderAt | null {
  const top = grid[index];
  const sub = grid[index + 1] ?? [];
  const alone = readHeaderRow(top);
  const twoRows = isSubHeaderRow(top, sub);
  if (hasRankingColumns(alone) && !twoRows) {
    return { index, height: 1, reading: alone, labels: Array.from({ length: width }, (_, i) => cellText(top[i])) };
  }
  if (!twoRows) return null;
  // A title above a one-row header also looks like a parent over children: the lower row wins then.
  if (!hasRankingColumns(alone) && hasRankingColumns(readHeaderRow(sub))) return null;
  const combined = combineHeaderRows(top, sub, width);
  const reading = readHeaderRow(combined.texts);
  if (!hasRankingColumns(alone) && !hasRankingColumns(reading)) return null;
  return { index, height: 2, reading, labels: combined.labels };
}

const ROLE_OF_LABEL: Record<ColumnRole, string> = roleLabels;

/** Column problems of a header: ambiguous roles, and a two-row header without a total. */
function columnProblemsOf(header: HeaderAt, firstLine: number, firstColumn: number): Issue[] {
  const where = (column: number) => columnWhere(columnLetter(firstColumn + column), header.labels[column] ?? '');
  const line = firstLine + header.index;
  const problems = header.reading.conflicts.map((conflict) =>
    error('ranking-column-conflict', m.rowWhere(line), t.roleConflict(line, ROLE_OF_LABEL[conflict.role], conflict.columns.map(where))),
  );
  if (header.scoreCandidates) {
    problems.push(error('ranking-score-choice', m.rowWhere(line), t.scoreChoice(line, header.scoreCandidates.map(where))));
  }
  if (header.height === 2 && header.reading.mapping.score === null && problems.length === 0) {
    const columns = header.labels.flatMap((label, i) => (label ? [where(i)] : []));
    problems.push(error('ranking-two-row-header', m.rowWhere(line), t.twoRowHeader([line, line + 1], columns)));
  }
  return problems;
}

/** Rows after the blank row that ends the table: data (a name and another read column) or not. */
function afterTable(grid: readonly (readonly unknown[])[], end: number, mapping: ColumnMapping, firstLine: number): Issue[] {
  const rest = grid.slice(end).map((row, i) => ({ row, line: firstLine + end + i })).filter(({ row }) => !isBlankRow(row));
  if (rest.length === 0) return [];
  const filled = (row: readonly unknown[], column: number | null) => column !== null && !isBlankCell(row[column]);
  const others = [mapping.score, mapping.category, mapping.url, mapping.veto];
  const data = rest.filter(({ row }) => filled(row, mapping.name) && others.some((column) => filled(row, column)));
  if (data.length === 0) return [{ severity: 'warning', code: 'ranking-after-table', path: m.rowWhere(rest[0].line), message: m.afterTable(rest[0].line) }];
  return [error('ranking-after-table', m.rowWhere(data[0].line), t.dataAfterBlank(firstLine + end, data[0].line, data.length))];
}

/** Columns read for ranking that hold formulas without a calculated value. */
function uncalculatedProblem(table: Pick<FoundTable, 'rows'>, mapping: ColumnMapping, labels: string[], firstColumn: number): Issue | null {
  const columns = [mapping.category, mapping.name, mapping.url, mapping.score, mapping.veto].filter((c): c is number => c !== null);
  const parts: string[] = [];
  let count = 0;
  for (const column of columns) {
    const lines = table.rows.filter(({ cells }) => cells[column] instanceof UncalculatedFormula).map(({ line }) => line);
    if (lines.length === 0) continue;
    count += lines.length;
    parts.push(t.uncalculatedColumn(columnWhere(columnLetter(firstColumn + column), labels[column] ?? ''), lines[0], lines[lines.length - 1]));
  }
  return count === 0 ? null : error('ranking-uncalculated', '', t.uncalculated(parts, count));
}

/**
 * Finds the table; `firstLine` is the source row number of `grid[0]` (a selection may start lower),
 * `firstColumn` the 0-based column of `grid[i][0]` (for column letters in messages).
 * Returns the problem when no header row is recognised, or when the formulas of the columns it reads
 * were never calculated.
 */
export function findTable(grid: readonly (readonly unknown[])[], firstLine = 1, firstColumn = 0): FoundTable | { problem: Issue } {
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  let header: HeaderAt | null = null;
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS) && !header; i++) header = headerAt(grid, i, width);
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS) && !header; i++) header = looseHeaderAt(grid, i, width);
  if (!header) {
    return { problem: error('ranking-no-header', '', m.noHeader([roleLabels.name, roleLabels.score])) };
  }
  const { mapping } = header.reading;
  const rows: FoundTable['rows'] = [];
  let index = header.index + header.height;
  for (; index < grid.length && !isBlankRow(grid[index]); index++) rows.push({ line: firstLine + index, cells: grid[index] });
  const uncalculated = uncalculatedProblem({ rows }, mapping, header.labels, firstColumn);
  if (uncalculated) return { problem: uncalculated };
  const problems = afterTable(grid, index, mapping, firstLine);
  if (rows.length === 0) problems.push(error('ranking-no-rows', '', m.noRows()));
  return { headers: header.labels, mapping, rows, problems, columnProblems: columnProblemsOf(header, firstLine, firstColumn) };
}

export interface SheetTable {
  name: string;
  rows: readonly (readonly unknown[])[];
}

export type SheetsTable = { ok: true; table: FoundTable; sheet: string } | { ok: false; problem: Issue; sheet: string | null };

/**
 * The table of a workbook: the named sheet's, or the first sheet's with a recognisable header. A
 * sheet whose header is found but whose table cannot be read (uncalculated formulas) stops the
 * search there with that problem, rather than reporting "no table" for the whole workbook.
 */
export function findTableInSheets(sheets: readonly SheetTable[]): SheetsTable | null {
  for (const sheet of sheets) {
    const found = findTable(sheet.rows);
    if (!('problem' in found)) return { ok: true, table: found, sheet: sheet.name };
    if (found.problem.code !== 'ranking-no-header') return { ok: false, problem: found.problem, sheet: sheet.name };
  }
  return null;
}

/** The table's rows as engine input, read through `mapping` (recognised or chosen by the user). */
export function tableRows(table: Pick<FoundTable, 'rows'>, mapping: ColumnMapping): RankingInputRow[] {
  // A formula without a value never reaches the engine as an object (findTable refuses such tables).
  const at = (cells: readonly unknown[], column: number | null) => (column === null || cells[column] instanceof UncalculatedFormula ? undefined : cells[column]);
  return table.rows.map(({ line, cells }) => ({
    category: mapping.category === null ? undefined : cellText(at(cells, mapping.category)),
    name: cellText(at(cells, mapping.name)),
    url: mapping.url === null ? undefined : cellText(at(cells, mapping.url)),
    score: at(cells, mapping.score),
    veto: mapping.veto === null ? false : parseVeto(at(cells, mapping.veto)),
    where: m.rowWhere(line),
  }));
}
