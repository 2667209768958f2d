/**
 * Which Excel API requirement sets the host supports, and which plan features are skipped without
 * them. The manifest asks only for ExcelApi 1.1, so every newer API is checked before use; a missing
 * optional feature is skipped (and reported), never a reason to fail the whole write.
 */
import type { SheetPlan, WorkbookPlan } from '../core/sheet-plan/plan-types';

export function excelApiSupported(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) ?? false;
}

/** Plan features that need more than ExcelApi 1.1 (cells, fonts, fills, borders, number formats and adding charts do not). */
export type PlanFeature = 'layout' | 'freeze' | 'tabColor' | 'validation' | 'print' | 'chartCategories';

export const FEATURE_REQUIREMENTS: Record<PlanFeature, { version: string; label: string }> = {
  layout: { version: '1.2', label: '列宽、行高、隐藏列与合并单元格' },
  freeze: { version: '1.7', label: '冻结窗格' },
  tabColor: { version: '1.7', label: '工作表标签颜色' },
  validation: { version: '1.8', label: '数据验证（输入提示与出错警告）' },
  print: { version: '1.9', label: '打印设置（横向、A4、缩放到一页宽、打印标题行）' },
  // Charts themselves are ExcelApi 1.1; ChartSeries.setXAxisValues is 1.7.
  chartCategories: { version: '1.7', label: '图表横轴的单位名称（图表仍会添加，横轴显示序号）' },
};

export interface SkippedFeature {
  feature: PlanFeature;
  /** e.g. "ExcelApi 1.9" */
  requirement: string;
  /** Chinese, for the task pane. */
  label: string;
}

/** Which features the host offers, plus the two performance helpers that are skipped silently. */
export interface HostSupport {
  features: Record<PlanFeature, boolean>;
  /** Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6. */
  suspendCalculation: boolean;
  /** Runtime.enableEvents, ExcelApi 1.8. */
  toggleEvents: boolean;
  /** Worksheet.getRanges (RangeAreas), ExcelApi 1.9: formats set once over all their areas. */
  rangeAreas: boolean;
}

export function hostSupport(supported: (version: string) => boolean = excelApiSupported): HostSupport {
  const features = Object.fromEntries(
    Object.entries(FEATURE_REQUIREMENTS).map(([feature, { version }]) => [feature, supported(version)]),
  ) as Record<PlanFeature, boolean>;
  return { features, suspendCalculation: supported('1.6'), toggleEvents: supported('1.8'), rangeAreas: supported('1.9') };
}

function featuresUsed(sheet: SheetPlan): PlanFeature[] {
  const used: PlanFeature[] = ['print'];
  const hasLayout =
    sheet.columns.length > 0 || sheet.merges.length > 0 || Object.keys(sheet.rowHeights ?? {}).length > 0;
  if (hasLayout) used.push('layout');
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) used.push('freeze');
  if (sheet.tabColor) used.push('tabColor');
  if (sheet.validations.length > 0) used.push('validation');
  if ((sheet.charts ?? []).length > 0) used.push('chartCategories');
  return used;
}

/** The features `plan` uses that the host lacks: what applyWorkbookPlan will skip. */
export function skippedFeatures(plan: WorkbookPlan, support: HostSupport = hostSupport()): SkippedFeature[] {
  const used = new Set(plan.sheets.flatMap(featuresUsed));
  return (Object.keys(FEATURE_REQUIREMENTS) as PlanFeature[])
    .filter((feature) => used.has(feature) && !support.features[feature])
    .map((feature) => ({
      feature,
      requirement: `ExcelApi ${FEATURE_REQUIREMENTS[feature].version}`,
      label: FEATURE_REQUIREMENTS[feature].label,
    }));
}
