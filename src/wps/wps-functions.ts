/**
 * GOV functions in WPS. WPS registers JavaScript custom functions of add-ins from 12.1.0.20540 on,
 * synchronous calls only, called as 命名空间.函数名 — the GOV.* syntax; the add-in's manifest.xml names
 * the metadata file and the namespace (`<Functions><Uri>/functions.json</Uri><Namespace>…</Namespace>
 * </Functions>`), or `wps.AddCustomFunction` registers functions and metadata without those files
 * (WPS 开放平台, 加载项自定义函数:
 * https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html;
 * wpsjs 2.2.1 "添加加载项自定义函数的功能", https://app.unpkg.com/wpsjs@2.2.2/files/README.md). The format of
 * functions.json and the signature of wps.AddCustomFunction are past what we could read of that page,
 * and how WPS hands blank cells and ranges to a function is not described, so this add-in does not
 * register GOV.* in WPS yet: the pane inserts portable formulas there (the same scores, computed by
 * WPS's own functions) and says why. README "WPS" and TESTING.md W9 keep this as the next step.
 */
export const WPS_PORTABLE_REASON =
  '在 WPS 中，评分表使用通用公式插入：本加载项暂未在 WPS 中注册 GOV 评分函数（WPS 12.1.0.20540 起支持加载项自定义函数，尚待验证）。通用公式算出的得分与 GOV 函数相同，文件在 Excel、WPS 和 LibreOffice 中都能计算。';

/** Whether the add-in's GOV functions run in this WPS: not yet (see above). */
export function wpsGovFunctions(): boolean {
  return false;
}
