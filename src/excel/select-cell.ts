/** Shows a cell to the user: activates its sheet and selects it (one sync). */
import { runExcel } from './excel-run';

export async function selectCell(sheetName: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
