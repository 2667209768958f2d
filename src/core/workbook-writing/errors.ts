/**
 * Typed failures of writing a plan into a workbook and of reading a selection, shared by the host
 * adapters (src/excel, src/wps). Messages are Chinese because the task pane shows them as they are;
 * callers tell the cases apart with `instanceof`, never by parsing the message.
 */

/** A plan sheet's name is already taken: nothing was written, so no user cell was lost. */
export class SheetExistsError extends Error {
  constructor(readonly sheetName: string) {
    super(`工作表 “${sheetName}” 已存在，未做任何修改。`);
    this.name = 'SheetExistsError';
  }
}

export class SheetNotFoundError extends Error {
  constructor(readonly sheetName: string) {
    super(`找不到工作表 “${sheetName}”，它可能已被删除或重命名。`);
    this.name = 'SheetNotFoundError';
  }
}

/** The sheet carries no gov-eval marker: the add-in refuses to touch cells it did not make. */
export class NotAddinSheetError extends Error {
  constructor(readonly sheetName: string) {
    super(`工作表 “${sheetName}” 不是本加载项生成的表格，未做任何修改。`);
    this.name = 'NotAddinSheetError';
  }
}

/** A plan the adapter cannot write as given (a programming error in the plan builder, caught before any write). */
export class InvalidPlanError extends Error {
  constructor(detail: string) {
    super(`工作表计划无效：${detail}`);
    this.name = 'InvalidPlanError';
  }
}

export class EmptySelectionError extends Error {
  constructor() {
    super('选中的区域是空的：请先选中含表头的排名表格。');
    this.name = 'EmptySelectionError';
  }
}

/** Several areas are selected: "If there are multiple ranges selected, [getSelectedRange] will throw an error" (Excel.Workbook). */
export class MultiAreaSelectionError extends Error {
  constructor(readonly areas: number) {
    super(`当前选中了 ${areas} 个不相连的区域：请只选中一个连续的表格区域（含表头）后再读取。`);
    this.name = 'MultiAreaSelectionError';
  }
}

/** A mark given an address that is not a cell or range on the sheet itself ("H12", "H12:H15"). */
export class InvalidMarkAddressError extends Error {
  constructor(readonly address: string) {
    super(`无法标记 “${address}”：只能标记本工作表中的单元格或区域（如 H12 或 H12:H15），未做任何修改。`);
    this.name = 'InvalidMarkAddressError';
  }
}
