/** A1 addresses for plans: 0-based row and column indexes to "D10", ranges to "G10:G13". */

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function rangeAddress(row: number, column: number, lastRow: number, lastColumn: number): string {
  const start = address(row, column);
  const end = address(lastRow, lastColumn);
  return start === end ? start : `${start}:${end}`;
}

/** A reference to a cell of another sheet: 'site sheet'!I20 (quotes doubled as Excel wants). */
export function sheetReference(sheetName: string, cell: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

/** The 0-based row and column of an A1 address ("D10" → [9, 3]). */
export function parseAddress(a1: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!match) throw new Error(`not an A1 address: ${a1}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}
