/**
 * What every bulk write through the ET object model shares: screen updating, automatic calculation,
 * events and alerts switched off for the write and restored in `finally`, whatever happens; one
 * recalculation afterwards.
 *
 * - ScreenUpdating off: "Turn screen updating off to speed up your macro code" (Microsoft Learn,
 *   Application.ScreenUpdating); "remember to set the ScreenUpdating property back to True".
 * - Calculation manual: every write would otherwise recalculate the workbook (Application.Calculation,
 *   xlCalculationManual); restored, then Application.Calculate.
 * - EnableEvents off: the add-in's own SheetChange listener must not run for its writes
 *   (Application.EnableEvents, "Set to False to prevent events being raised").
 * - DisplayAlerts off: Worksheet.Delete would otherwise ask the user to confirm ("When you delete a
 *   Worksheet, this method displays a dialog box that prompts the user to confirm the deletion …
 *   set the Application.DisplayAlerts property to False", Microsoft Learn, Worksheet.Delete).
 * That WPS honours all four as Excel does is what the ET object model promises; TESTING.md has a
 * person with WPS confirm it on a 100-site workbook.
 */
import type { EtApplication, EtWorksheet } from './et-types';
import { XL } from './et-types';

export function bulkWrite<T>(app: EtApplication, write: () => T, cleanUp: () => void): T {
  const saved = { screen: app.ScreenUpdating, calculation: app.Calculation, events: app.EnableEvents, alerts: app.DisplayAlerts };
  app.ScreenUpdating = false;
  app.Calculation = XL.calculationManual;
  app.EnableEvents = false;
  app.DisplayAlerts = false;
  let result: T;
  try {
    result = write();
  } catch (error) {
    try {
      cleanUp();
    } catch (cleanup) {
      console.warn('WPS: sheets of a failed write not removed', cleanup);
    }
    throw error;
  } finally {
    app.DisplayAlerts = saved.alerts;
    app.EnableEvents = saved.events;
    app.Calculation = saved.calculation;
    app.ScreenUpdating = saved.screen;
  }
  app.Calculate();
  return result;
}

/** The worksheets of the active workbook, in tab order. */
export function worksheetsOf(app: EtApplication): EtWorksheet[] {
  const sheets = app.ActiveWorkbook?.Worksheets;
  if (!sheets) throw new NoWorkbookError();
  return Array.from({ length: sheets.Count }, (_, index) => sheets.Item(index + 1));
}

export class NoWorkbookError extends Error {
  constructor() {
    super('WPS 表格中没有打开的工作簿：请先新建或打开一个工作簿，再使用评估面板。');
    this.name = 'NoWorkbookError';
  }
}

/** A plan with GOV formulas where this WPS does not run the add-in's functions. */
export class WpsFunctionsUnavailableError extends Error {
  constructor() {
    super('当前 WPS 未加载 GOV 评分函数，无法插入使用 GOV 函数的评分表：请改选“通用公式”（得分相同）。');
    this.name = 'WpsFunctionsUnavailableError';
  }
}
