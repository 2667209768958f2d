/**
 * GOV functions in WPS. WPS registers JavaScript custom functions for add-ins from 12.1.0.20540 on
 * (wpsjs 2.2.1: "添加加载项自定义函数的功能", https://app.unpkg.com/wpsjs@2.2.2/files/README.md; its et
 * template generates a functions.json with a namespace from a JS file with `@customfunction` JSDoc,
 * https://app.unpkg.com/wpsjs@2.2.2/files/packages/@wps-jsapi/et/vite.config.js). The file format WPS
 * reads and how it is named in the add-in folder we could not read in full, so this add-in does not
 * register them yet: in WPS the pane inserts portable formulas (the same scores, computed by WPS's own
 * functions) and says why. README "WPS" and TESTING.md keep this as the next step.
 */
export const WPS_PORTABLE_REASON =
  '在 WPS 中，评分表使用通用公式插入：本加载项暂未在 WPS 中注册 GOV 评分函数（WPS 12.1.0.20540 起支持加载项自定义函数，尚待验证）。通用公式算出的得分与 GOV 函数相同，文件在 Excel、WPS 和 LibreOffice 中都能计算。';

/** Whether the add-in's GOV functions run in this WPS: not yet (see above). */
export function wpsGovFunctions(): boolean {
  return false;
}
