/** The names of every worksheet (one sync): what new sheet names must not collide with. */
import { runExcel } from './excel-run';

export async function listSheetNames(): Promise<string[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}
