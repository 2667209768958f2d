/**
 * CSV text (already decoded) into rows of cells: RFC 4180 quoting ("a ""b""", line breaks inside
 * quotes), CRLF or LF, a leading BOM dropped. The separator is a comma, or a tab / semicolon when the
 * first line has more of those than commas (Excel's "Unicode text" and some European exports).
 */
import type { Issue } from '../issues';
import { rankingMessages } from './ranking-messages';
import { tableMessages } from './table-messages';

function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const [best] = [',', '\t', ';'].sort((a, b) => count(b) - count(a));
  return count(best) > 0 ? best : ',';
}

export interface CsvTable {
  rows: string[][];
  /**
   * The problem when a quote opened and never closed: everything from there to the end of the file
   * became one cell, so the table cannot be read (today's rows would report a wrong "没有总分").
   */
  problem: Issue | null;
}

/** The rows, and an unclosed quote as a problem naming the line (of the file) where it opened. */
export function readCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0 || quoted) rows.push([...row, cell]);
  const problem: Issue | null = quoted ? { severity: 'error', code: 'ranking-csv-quote', path: rankingMessages.rowWhere(quoteLine), message: tableMessages.csvQuote(quoteLine) } : null;
  return { rows, problem };
}

/** The rows only (an unclosed quote runs to the end of the text, as in Excel). */
export function parseCsv(input: string): string[][] {
  return readCsv(input).rows;
}
