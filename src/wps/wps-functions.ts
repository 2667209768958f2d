/**
 * GOV functions in WPS. WPS registers JavaScript custom functions of add-ins from 12.1.0.20540 on,
 * synchronous calls only, called as 命名空间.函数名 — the GOV.* syntax Excel uses (WPS 开放平台,
 * 加载项自定义函数: https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html).
 * How, as the wpsjs 2.2.3 toolkit does it (src/vite_plugins.js and the et template):
 * - the add-in's manifest.xml names the metadata file and the namespace
 *   (`<Functions><Uri>/functions.json</Uri><Namespace>GOV</Namespace></Functions>`);
 * - functions.json is `{ functions: [{ name, description, parameters: [{ name, description, type }],
 *   result: { type } }] }`, types `string` / `number` / `bool` / `any`, `[]` per array level (only
 *   two-dimensional arrays), `?` after an optional parameter's type (wpsFunctionsMetadata below);
 * - the entry page (index.html) runs `if (wps.AddCustomFunction) wps.AddCustomFunction(namespace,
 *   name, fn)` for each function (registerGovFunctions below; the signature is Kingsoft's,
 *   et-jsapi-declare 2.5.0 addon.et.d.ts: AddCustomFunction(namespace, name, callback, metadata?)).
 * Every parameter is declared `any` (a range `any[][]`), as in Excel, so WPS hands cell values over
 * unconverted and the core rules refuse text and treat blanks themselves.
 *
 * What the public material does not say — how WPS passes blanks, whether an argument such as
 * IF(ISBLANK(H5:H8),"",H5:H8) arrives as an array, what a thrown error shows — the pane does not
 * assume: before it inserts GOV formulas in WPS it evaluates probes (GOV_PROBES) through
 * Application.Evaluate, and inserts portable formulas (same scores) with the reason when one fails.
 */
import { bestCases } from '../core/rules/best-cases';
import { cappedPerEvent } from '../core/rules/capped-per-event';
import { contestScore } from '../core/rules/contest-score';
import { countTier } from '../core/rules/count-tier';
import { newmediaSupervision } from '../core/rules/newmedia-supervision';
import { quarterHealth } from '../core/rules/quarter-health';
import { ratioScore } from '../core/rules/ratio-score';
import { RuleInputError } from '../core/rules/rule-error';
import { serviceFormScore } from '../core/rules/service-form';
import { shareDeduction } from '../core/rules/share-deduction';
import { splitScore } from '../core/rules/split-score';
import type { EtApplication, WpsRoot } from './et-types';

export const GOV_NAMESPACE = 'GOV';

/* eslint-disable @typescript-eslint/no-explicit-any -- cell values as WPS hands them over, unconverted (see above). */
type GovFunction = (...args: any[]) => number | string;

/** GOV.<name> → its core rule, argument for argument as src/functions/functions.ts calls it in Excel. */
export const WPS_GOV_FUNCTIONS: Record<string, GovFunction> = {
  NEWMEDIA_SUPERVISION: (checked, failed, weight) => newmediaSupervision(checked, failed, weight),
  CAPPED_DEDUCTION: (counts, perEvent, cap) => cappedPerEvent(counts, perEvent, cap),
  CAPPED_BONUS: (counts, perEvent, cap) => cappedPerEvent(counts, perEvent, cap),
  SPLIT_SCORE: (weight, shares, attainments) => splitScore(weight, shares, attainments),
  SHARE_DEDUCTION: (weight, counts, shares, capShare) => shareDeduction(weight, counts, shares, capShare),
  COUNT_TIER: (count, thresholds, fractions, weight) => countTier(count, thresholds, fractions, weight),
  SERVICE_FORM_SCORE: (form, weight) => serviceFormScore(form, weight),
  RATIO_SCORE: (weight, numerator, denominator) => ratioScore(weight, numerator, denominator),
  QUARTER_HEALTH: (scores, vetoes) => quarterHealth(scores, vetoes),
  BEST_CASES: (scores, k, perCaseCap, totalCap) => bestCases(scores, k, perCaseCap, totalCap),
  CONTEST_SCORE: (weight, score, fullScore) => contestScore(weight, score, fullScore),
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * One function as WPS calls it: bad input throws an Error with the rule's Chinese message (the
 * cell shows an error value — probed, see GOV_PROBES), any other failure a general message.
 */
export function wpsCallable(fn: GovFunction): (...args: unknown[]) => number | string {
  return (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(error instanceof RuleInputError ? error.message : '计算出错，请检查参数。');
    }
  };
}

/** Registers every GOV function where this WPS can (AddCustomFunction present); returns how many. */
export function registerGovFunctions(root: WpsRoot): number {
  const add = root.AddCustomFunction;
  if (typeof add !== 'function') return 0;
  for (const [name, fn] of Object.entries(WPS_GOV_FUNCTIONS)) add.call(root, GOV_NAMESPACE, name, wpsCallable(fn));
  return Object.keys(WPS_GOV_FUNCTIONS).length;
}

/** Excel's function metadata (functions.json of custom-functions-metadata), the part read here. */
export interface ExcelFunctionMetadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string; dimensionality?: string; optional?: boolean }[] }[];
}

export interface WpsFunctionMetadata {
  functions: { name: string; description: string; parameters: { name: string; description: string; type: string }[]; result: { type: string } }[];
}

/** WPS's functions.json from Excel's: the same names, parameters and Chinese descriptions. */
export function wpsFunctionsMetadata(excel: ExcelFunctionMetadata): WpsFunctionMetadata {
  return {
    functions: excel.functions.map((fn) => ({
      name: fn.id,
      description: fn.description ?? '',
      parameters: fn.parameters.map((p) => ({ name: p.name, description: p.description ?? '', type: `any${p.dimensionality === 'matrix' ? '[][]' : ''}${p.optional ? '?' : ''}` })),
      result: { type: 'any' },
    })),
  };
}

/**
 * What the pane checks in a running WPS before it writes GOV formulas, each evaluated as
 * IFERROR(probe,FALSE) through Application.Evaluate (VBA's Evaluate; declared on Et.Application in
 * et-jsapi-declare 2.5.0) and required to give TRUE; the reason is shown when one does not.
 */
export const GOV_PROBES: { formula: string; reason: string }[] = [
  { formula: 'GOV.RATIO_SCORE(10,1,2)=5', reason: '此版本的 WPS 未注册本加载项的 GOV 函数（WPS 12.1.0.20540 起支持加载项自定义函数）' },
  { formula: 'GOV.QUARTER_HEALTH({90,80})=85', reason: 'WPS 未将区域参数按二维数组传给 GOV 函数' },
  { formula: 'GOV.QUARTER_HEALTH(IF(ISBLANK({90,80}),"",{90,80}))=85', reason: 'WPS 未将数组表达式参数（评分表用它区分空白与 0）按数组传给 GOV 函数' },
  { formula: 'GOV.CONTEST_SCORE(10,"")=""', reason: 'WPS 未按空白传递空文本参数或返回值' },
  { formula: 'ISERROR(GOV.RATIO_SCORE(10,"文字",2))', reason: 'GOV 函数拒绝的输入在 WPS 中未显示为错误值' },
];

export const NO_WORKBOOK_REASON = '评估面板打开时没有打开的工作簿，无法试算 GOV 函数（打开工作簿后关闭并重新打开评估面板即可使用）';

export type GovFunctionCheck = { ok: true } | { ok: false; reason: string };

/** Whether GOV formulas compute in this WPS as in Excel (GOV_PROBES), with the first failing reason. */
export function checkGovFunctions(app: EtApplication): GovFunctionCheck {
  // Evaluate works in the active sheet's context: with no workbook open there is none to probe in.
  if (!app.ActiveWorkbook) return { ok: false, reason: NO_WORKBOOK_REASON };
  for (const probe of GOV_PROBES) {
    let result: unknown;
    try {
      result = app.Evaluate(`IFERROR(${probe.formula},FALSE)`);
    } catch {
      result = false;
    }
    if (result !== true) return { ok: false, reason: probe.reason };
  }
  return { ok: true };
}

/** The message the pane shows on 评分表 when GOV formulas cannot be used in this WPS. */
export function wpsPortableReason(reason: string): string {
  return `在 WPS 中，评分表使用通用公式插入：${reason}。通用公式算出的得分与 GOV 函数相同，文件在 Excel、WPS 和 LibreOffice 中都能计算。`;
}
