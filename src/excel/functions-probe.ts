/**
 * After GOV formulas are written: a formula entered while Excel had not registered the add-in's
 * custom functions yet stays #NAME? even once they are registered, and recalculation does not help
 * (office-js #6395, #6611; "The only way … was to … edit the formula and press Enter, or … reassigning
 * the cell.Formula property to itself", Excel-Custom-Functions #108). So the GOV cells are read
 * once; those showing #NAME? are entered again; if they still show it, the user is told what to do.
 */
import type { SheetPlan, WorkbookPlan } from '../core/sheet-plan/plan-types';
import { rangeAddress } from '../core/sheet-plan/addresses';
import { formulaGrid } from '../core/workbook-writing/plan-cells';

const UNRESOLVED = '#NAME?';

export class FunctionsNotRegisteredError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `评分表已插入，但 Excel 还没有加载 GOV 评分函数，得分单元格显示 #NAME?（${sheets.join('、')}）。` +
        '请在“开始”>“加载项”>“我的加载项”中点击“政府网站绩效评估”，待函数加载后重新插入评分表；或改选“通用公式”插入。',
    );
    this.name = 'FunctionsNotRegisteredError';
  }
}

interface GovBlock {
  index: number;
  box: [number, number, number, number];
}

/** Per plan sheet, the smallest box holding its GOV formulas (none for sheets without). */
function govBlocks(plan: WorkbookPlan): GovBlock[] {
  return plan.sheets.flatMap((sheet: SheetPlan, index) => {
    let box: GovBlock['box'] | null = null;
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula || !/\bGOV\./.test(cell.formula)) return;
        box = box ? [Math.min(box[0], r), Math.min(box[1], c), Math.max(box[2], r), Math.max(box[3], c)] : [r, c, r, c];
      }),
    );
    return box ? [{ index, box }] : [];
  });
}

function readBlocks(sheets: Excel.Worksheet[], blocks: GovBlock[]): Excel.Range[] {
  return blocks.map(({ index, box }) => sheets[index].getRange(rangeAddress(...box)).load('values'));
}

const unresolved = (range: Excel.Range) => range.values.some((row) => row.includes(UNRESOLVED));

/**
 * Checks the GOV cells of the sheets just written (`sheets` in plan order), enters unresolved ones
 * again and recalculates; throws FunctionsNotRegisteredError if they stay unresolved. One sync when
 * all is well, three when formulas had to be entered again.
 */
export async function resolveGovFormulas(context: Excel.RequestContext, plan: WorkbookPlan, sheets: Excel.Worksheet[]): Promise<void> {
  const blocks = govBlocks(plan);
  if (blocks.length === 0) return;
  const first = readBlocks(sheets, blocks);
  await context.sync();
  const broken = blocks.filter((_, i) => unresolved(first[i]));
  if (broken.length === 0) return;
  for (const { index, box } of broken) {
    const grid = formulaGrid(plan.sheets[index]).slice(box[0], box[2] + 1).map((row) => row.slice(box[1], box[3] + 1));
    sheets[index].getRange(rangeAddress(...box)).formulas = grid;
  }
  context.workbook.application.calculate(Excel.CalculationType.full);
  await context.sync();
  const second = readBlocks(sheets, broken);
  await context.sync();
  const still = broken.filter((_, i) => unresolved(second[i])).map(({ index }) => plan.sheets[index].name);
  if (still.length > 0) throw new FunctionsNotRegisteredError(still);
}
