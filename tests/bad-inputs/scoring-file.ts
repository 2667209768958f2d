/**
 * The corpus's scoring workbooks (`{ "scoring": {…} }`): a workbook as `gov-eval workbook` writes it,
 * filled in with made-up 录入 values, then damaged as a case says — rows deleted, keys changed, a
 * column inserted, cells overwritten — as users and other programs damage them.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplateJson } from '../../src/core/template-loader';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import { workbookBytes } from '../../src/xlsx/write-workbook';
import { fillWorkbook, madeUpInputs } from '../collect/round-support';

export interface ScoringFile {
  template: string;
  sites: string[];
  selfAssessment?: boolean;
  /** Fill every site's inputs at this level (0…1), with evaluator and status 已完成. */
  fill?: number;
  evaluator?: string;
  /** Rows (by key) deleted from the first site's sheet. */
  deleteKeys?: string[];
  /** Keys rewritten in the first site's sheet (old → new). */
  renameKeys?: Record<string, string>;
  /** Cells of the first site's sheet set (after filling); null clears a cell. */
  cells?: Record<string, string | number | null>;
  /** A column inserted before column A of the first site's sheet. */
  insertColumn?: boolean;
}

export async function scoringWorkbook(spec: ScoringFile): Promise<Uint8Array> {
  const loaded = parseTemplateJson(readFileSync(join(__dirname, '../../indicators', `${spec.template}.json`), 'utf8'));
  if (!loaded.ok || loaded.template.kind !== 'scoring') throw new Error(`template ${spec.template}`);
  const template = loaded.template;
  let bytes = await workbookBytes(planScoringWorkbook(template, { sites: spec.sites, mode: 'gov', selfAssessment: spec.selfAssessment, summary: false }));
  if (spec.fill !== undefined) {
    bytes = await fillWorkbook(bytes, spec.sites.map((sheet, i) => ({ sheet, inputs: madeUpInputs(template, spec.fill as number, i), evaluator: spec.evaluator ?? '张三', done: true })));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rowOf = (key: string) => {
    let found = -1;
    sheet.eachRow((row, n) => (row.getCell(11).value === key ? (found = n) : undefined));
    if (found < 0) throw new Error(`no key ${key}`);
    return found;
  };
  for (const [from, to] of Object.entries(spec.renameKeys ?? {})) sheet.getCell(rowOf(from), 11).value = to;
  for (const key of spec.deleteKeys ?? []) sheet.spliceRows(rowOf(key), 1);
  for (const [address, value] of Object.entries(spec.cells ?? {})) sheet.getCell(address).value = value;
  if (spec.insertColumn) sheet.spliceColumns(1, 0, []);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
