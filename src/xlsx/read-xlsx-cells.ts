/**
 * The cells of an .xlsx read straight from its XML (SpreadsheetML, ECMA-376 Part 1 §18.3.1.4 c,
 * §18.3.1.40 f, §18.4.8 si): values as cached, formula texts, shared and inline strings — the one
 * thing collecting needs, ten times faster than loading the workbook with ExcelJS (styles, validations
 * and all; a 112-site workbook took 2 s of a 3 s budget). Anything this reader does not expect
 * (namespace prefixes, a cell without its reference, a part missing) returns null and the caller reads
 * the file with ExcelJS instead. tests/collect/read-xlsx-cells.spec.ts compares both readers.
 */
import JSZip from 'jszip';
import type { CollectSheetGrid } from '../core/collect/collect-types';
import { parseAddress } from '../core/sheet-plan/addresses';

/** The 0-based [row, column] of "D10", or null for anything else. */
function position(a1: string): [number, number] | null {
  return /^\$?[A-Z]{1,3}\$?\d{1,7}$/.test(a1) ? parseAddress(a1) : null;
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [first, last = first] = ref.split(':');
  const a = position(first);
  const b = position(last);
  return a && b ? { top: a[0], left: a[1], bottom: b[0], right: b[1] } : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out.set(match[1], unescapeXml(match[2]));
  return out;
}

/** The text of a string item: its runs' <t> texts, phonetic runs (<rPh>) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += unescapeXml(match[1] ?? '');
  return text;
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => itemText(m[1] ?? ''));
}

/** The worksheets in tab order, with the part each one is in. */
function sheetParts(workbook: string, rels: string): { name: string; part: string }[] | null {
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]);
    const id = attrs.get('r:id');
    const part = id ? targets.get(id) : undefined;
    const name = attrs.get('name');
    if (!part || name === undefined) return null;
    sheets.push({ name, part: part.replace(/\/\.\//g, '/') });
  }
  return sheets;
}

function cellValue(type: string | undefined, v: string | null, inline: string | null, strings: readonly string[]): unknown {
  switch (type) {
    case 's':
      return v === null ? null : (strings[Number(v)] ?? null);
    case 'inlineStr':
      return inline === null ? null : itemText(inline);
    case 'str':
      return v === null ? null : unescapeXml(v);
    case 'b':
      return v === null ? null : v.trim() === '1';
    case 'e':
      return v === null ? null : unescapeXml(v);
    default: {
      if (v === null || v.trim() === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : unescapeXml(v);
    }
  }
}

function sheetGrid(name: string, xml: string, strings: readonly string[]): CollectSheetGrid | null {
  if (/<\w+:(?:worksheet|sheetData|c)\b/.test(xml)) return null;
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    // The two attributes a value needs, without parsing the others (s=…, cm=…): most of the time here.
    const ref = /\br="([^"]*)"/.exec(match[1])?.[1];
    const type = /\bt="([^"]*)"/.exec(match[1])?.[1];
    if (!ref) return null;
    const at = position(ref);
    if (!at) return null;
    const [row, column] = at;
    const body = match[2] ?? '';
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(body);
    const inline = /<is\b[^>]*?>([\s\S]*?)<\/is>/.exec(body);
    const formula = f ? unescapeXml(f[2] ?? '') || `shared:${attributes(f[1]).get('si') ?? ''}` : null;
    const value = cellValue(type, v ? (v[1] ?? '') : null, inline ? inline[1] : null, strings);
    if (value === null && formula === null) continue;
    (values[row] ??= [])[column] = value;
    (formulas[row] ??= [])[column] = formula;
  }
  // The other cells of a merge read empty, as Excel shows them (and the ExcelJS reader gives them).
  for (const match of xml.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const range = parseRange(attributes(match[1]).get('ref') ?? '');
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if ((r !== range.top || c !== range.left) && values[r]?.[c] !== undefined) {
          values[r][c] = null;
          formulas[r][c] = null;
        }
      }
    }
  }
  const dense = <T>(rows: T[][]) => Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  return { name, values: dense(values), formulas: dense(formulas) as (string | null)[][] };
}

/** Every worksheet's grid, or null where the file is not as this reader expects (read it with ExcelJS). */
export async function readXlsxCells(bytes: Uint8Array): Promise<CollectSheetGrid[] | null> {
  const zip = await JSZip.loadAsync(bytes);
  // Bytes decoded by TextDecoder: JSZip's own UTF-8 decoding in JavaScript took twice as long.
  const decoder = new TextDecoder();
  const text = async (path: string) => {
    const file = zip.file(path);
    return file ? decoder.decode(await file.async('uint8array')) : null;
  };
  const [workbook, rels, shared] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'), text('xl/sharedStrings.xml')]);
  if (workbook === null || rels === null) return null;
  const parts = sheetParts(workbook, rels);
  if (parts === null) return null;
  const strings = sharedStrings(shared);
  const grids: CollectSheetGrid[] = [];
  for (const { name, part } of parts) {
    // Chart sheets and dialog sheets have no cells; ExcelJS leaves them out as well.
    if (!/worksheets\//.test(part)) continue;
    const xml = await text(part);
    if (xml === null) return null;
    const grid = sheetGrid(name, xml, strings);
    if (grid === null) return null;
    grids.push(grid);
  }
  return grids;
}
