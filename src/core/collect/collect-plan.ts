/**
 * The collected round as a workbook plan: 汇总 (one row per site, a table `rank` and the pane's
 * 生成排名 read as it is: 类别, 单位名称, 总分 …), 复核 (indicators where evaluators differ by more
 * than the tolerance), 自评对比 (each self-assessed site, per indicator) and 来源 (every file read).
 * The policy and options are written above the 汇总 table, where `rank` reads past a title.
 */
import { GridBuilder } from '../sheet-plan/grid-builder';
import { sheetMarker } from '../sheet-plan/sheet-keys';
import type { SheetPlan, WorkbookPlan } from '../sheet-plan/plan-types';
import { formatNumber } from '../numbers';
import type { CollectResult } from './collect-types';
import { POLICY_NAMES } from './collect-messages';

export const COLLECT_SHEETS = { summary: '汇总', review: '复核', self: '自评对比', sources: '来源' } as const;
export const COLLECT_SUMMARY_HEADERS = ['序号', '类别', '单位名称', '总分', '基础分', '加分', '扣分', '是否完成', '评分份数', '评估人员', '各份总分'] as const;
const HEADER_FILL = '#D9E1F2';

type Row = (string | number | null)[];

/** A titled table: title, a note line, the header, the rows; a hidden marker column at the right. */
function tableSheet(name: string, title: string, note: string, headers: readonly string[], rows: readonly Row[], widths: readonly number[], scoreColumns: readonly number[]): SheetPlan {
  const width = headers.length;
  const grid = new GridBuilder(width + 1);
  grid.value(0, 0, title);
  grid.merge(0, 0, 0, width - 1);
  grid.style(0, 0, 0, width - 1, { bold: true, fontSize: 14, horizontal: 'center' });
  grid.value(0, width, sheetMarker({ kind: 'collect', templateId: 'collect', templateVersion: name }));
  grid.value(1, 0, note);
  grid.merge(1, 0, 1, width - 1);
  grid.style(1, 0, 1, width - 1, { wrap: true, vertical: 'top' });
  headers.forEach((text, column) => grid.value(2, column, text));
  grid.style(2, 0, 2, width - 1, { bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true, border: true });
  rows.forEach((row, r) => row.forEach((value, column) => grid.value(3 + r, column, value)));
  const last = 2 + Math.max(rows.length, 1);
  grid.style(3, 0, last, width - 1, { border: true, vertical: 'top' });
  for (const column of scoreColumns) grid.style(3, column, last, column, { numberFormat: '0.00', horizontal: 'center' });
  grid.rowHeights[1] = 15 * Math.max(1, Math.ceil(note.length / Math.max(widths.reduce((a, b) => a + b, 0) / 2, 1)));
  return grid.toPlan({
    name,
    kind: 'collect',
    columns: [...widths.map((w) => ({ width: w })), { width: 12, hidden: true }],
    freeze: { rows: 3, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [3, 3] },
  });
}

const show = (value: number) => formatNumber(Math.round(value * 100) / 100);

export function collectNote(result: CollectResult): string {
  const { options } = result;
  const incomplete = result.sites.filter((s) => !s.complete).length;
  return [
    `汇总方式：${POLICY_NAMES[result.policy]}（${result.policy}）`,
    `复核容差：指标权重的 ${formatNumber(options.tolerance * 100)}%`,
    `自评标记：自评总分高于核查得分 ${formatNumber(options.selfThreshold)} 分以上`,
    `得分均按各文件的录入与模板重算`,
    ...(incomplete > 0 ? [`未完成：${incomplete} 个网站（--allow-incomplete）`] : []),
    ...(options.allowMixedVersions ? ['允许混用模板版本（--allow-mixed-versions）'] : []),
    `来源文件 ${result.sources.length} 个，见“${COLLECT_SHEETS.sources}”`,
  ].join('；');
}

function summarySheet(result: CollectResult): SheetPlan {
  const rows = result.sites.map((site, i): Row => [
    i + 1,
    site.category,
    site.name,
    site.total,
    site.base,
    site.bonus,
    site.deduction,
    site.complete ? '是' : `否（${site.incomplete.length} 项未完成）`,
    site.evaluators.length,
    site.evaluators.map((e) => e.evaluator || '（未填写）').join('、'),
    site.evaluators.map((e) => `${e.evaluator || '（未填写）'}${e.role === 'reviewer' ? '（复核）' : ''} ${show(e.total)}（${e.file}）`).join('；'),
  ]);
  return tableSheet(COLLECT_SHEETS.summary, `评估结果汇总（${result.sites.length} 个网站）`, collectNote(result), COLLECT_SUMMARY_HEADERS, rows, [6, 16, 28, 10, 10, 8, 8, 14, 8, 20, 48], [3, 4, 5, 6]);
}

function reviewSheet(result: CollectResult): SheetPlan {
  const headers = ['网站名称', '指标', '权重', '容差', '评估人员', '文件', '工作表', '得分', '差值（最高−最低）'];
  const rows = result.disagreements.flatMap((d) =>
    d.scores.map((s): Row => [d.site, d.path, d.weight, d.weight * result.options.tolerance, s.evaluator || '（未填写）', s.file, s.sheet, s.score, d.difference]),
  );
  const note = rows.length === 0 ? '各网站由多人评分的指标，得分之差均在容差之内（或没有网站由多人评分）。' : `${result.disagreements.length} 处差异超过容差（指标权重的 ${formatNumber(result.options.tolerance * 100)}%），请复核。`;
  return tableSheet(COLLECT_SHEETS.review, '评分差异复核', note, headers, rows, [24, 40, 7, 7, 12, 24, 14, 8, 10], [3, 7, 8]);
}

function selfSheet(result: CollectResult): SheetPlan {
  const headers = ['网站名称', '指标', '权重', '自评', '核查', '差值（自评−核查）', '标记'];
  const rows = result.selfAssessment.flatMap((c): Row[] => [
    [c.site, '总分', null, c.self, c.reviewed, c.difference, c.reviewed === null ? '无核查得分' : c.flagged ? `自评高出 ${show(c.difference ?? 0)} 分` : ''],
    ...c.indicators.map((i): Row => [c.site, i.path, i.weight, i.self, i.reviewed, i.difference, i.flagged ? '自评高于核查' : '']),
  ]);
  const flagged = result.selfAssessment.filter((c) => c.flagged).length;
  const note = `自评不计为得分。${result.selfAssessment.length} 个网站有自评，${flagged} 个的自评总分高于核查得分 ${formatNumber(result.options.selfThreshold)} 分以上；指标的差值高于其权重的 ${formatNumber(result.options.tolerance * 100)}% 时标记。`;
  return tableSheet(COLLECT_SHEETS.self, '自评与核查对比', note, headers, rows, [24, 44, 7, 9, 9, 12, 16], [3, 4, 5]);
}

function sourcesSheet(result: CollectResult): SheetPlan {
  const headers = ['文件', 'SHA-256', '工作表', '网站名称', '模板', '模板版本', '评估人员', '类型', '读取时间', '说明'];
  const rows = result.sources.flatMap((source): Row[] => {
    const role = source.role === 'reviewer' ? '复核' : '评估';
    if (source.details.length === 0) return [[source.file, source.sha256, null, null, null, null, null, role, source.readAt, source.skipped ?? '']];
    return source.details.map((d): Row => [source.file, source.sha256, d.sheet, d.site, d.templateId, d.templateVersion, d.evaluator, d.selfAssessment ? '自评' : role, source.readAt, '']);
  });
  return tableSheet(COLLECT_SHEETS.sources, '来源文件', `每个读取的文件一行（每个评分表一行）；SHA-256 可核对文件未被改动。${collectNote(result)}`, headers, rows, [24, 66, 14, 22, 20, 16, 12, 6, 22, 40], []);
}

export function planCollectWorkbook(result: CollectResult): WorkbookPlan {
  return { sheets: [summarySheet(result), reviewSheet(result), selfSheet(result), sourcesSheet(result)], portable: true };
}
