/** Every message the checker gives, in one place (Chinese, for the user). */
import { formatNumber as n } from './numbers';

const list = (values: readonly number[]) => values.map(n).join(' + ');
/** The first names of a long list, then how many there are. */
const sample = (names: readonly string[], shown = 8) => (names.length <= shown ? names.join('、') : `${names.slice(0, shown).join('、')} 等 ${names.length} 个`);

export const messages = {
  schema: (where: string, detail: string) => `模板格式错误：${where ? `${where}：` : ''}${detail}`,
  jsonSyntax: (detail: string) => `模板文件不是有效的 JSON：${detail}`,
  jsonWhere: (line: number, column: number) => `第 ${line} 行第 ${column} 列附近有语法错误（如缺少逗号、引号或括号）。`,
  jsonEmpty: () => '文件为空。',
  notJsonTemplate: (first: string) => `内容以 “${first}” 开头，不像模板文件（模板是以 “{” 开头的 JSON 文件；表格请用 rank 命令）。`,
  tooDeep: (depth: number, max: number) => `嵌套层级达 ${depth} 层，超过上限 ${max} 层：指标树不会这么深，请检查文件。`,
  illegalCharacter: (code: string) => `含有不能写入 Excel 文件的控制字符（${code}），请删除。`,
  numberTooLarge: (value: number, max: number) => `数值 ${value} 过大（上限 ${max}）：权重、分值和次数都不会这么大。`,
  duplicateId: (id: string) => `标识 “${id}” 重复出现，每个指标（行、部门）的标识必须唯一。`,
  emptyName: () => '名称为空。',
  weightLost: () => '权重缺失（原文中该指标的权重丢失），请对照原文补全。',
  weightLostSuggested: (value: number, parentWeight: number, others: readonly number[]) =>
    `权重缺失（原文中该指标的权重丢失）。按上级权重推算应为 ${n(value)}（${[parentWeight, ...others].map(n).join(' − ')}），请对照原文确认后填写。`,
  weightNotStatedOnLeaf: () => '末级指标没有权重。',
  weightSumMismatch: (weight: number, childSum: number, children: readonly number[]) =>
    `权重为 ${n(weight)}，但下级指标合计为 ${n(childSum)}（${list(children)}）。`,
  weightNegative: (weight: number) => `基础分或加分指标的权重不能为负数（${n(weight)}）。`,
  baseTotal: (total: number, hasAlternatives: boolean) =>
    `基础分合计为 ${n(total)}${hasAlternatives ? '（同组备选分支只计一个）' : ''}，应为 100。`,
  baseTotalUnknown: () => '有权重缺失，无法核算基础分合计。',
  partTotal: (partName: string, total: number, stated: number) =>
    `${partName}合计为 ${n(total)}，与原文所述 ${n(stated)} 分不符。`,
  shareMissing: () => '该评分细则点没有百分比，而同一指标的其他点有。',
  shareSum: (total: number, shares: readonly number[]) => `评分细则百分比合计为 ${n(total)}%（${list(shares)}），应为 100%。`,
  nestedShareSum: (pointShare: number, total: number, shares: readonly number[]) =>
    `该点占 ${n(pointShare)}%，但其下细分合计为 ${n(total)}%（${list(shares)}）。`,
  alternativeShare: (share: number, pointShare: number) => `备选得分比例 ${n(share)}% 超过该点所占的 ${n(pointShare)}%。`,
  splitWithoutShares: () => '评分规则为“按比例拆分”，但评分细则没有百分比。',
  sharesNotUsed: (ruleType: string) => `评分细则带有百分比，但评分规则为 “${ruleType}”，百分比不会参与计分。`,
  ruleOnParent: () => '评分规则只能用于末级指标，该指标还有下级指标。',
  capAboveWeight: (cap: number, weight: number) => `累计上限 ${n(cap)} 分超过了该指标的权重 ${n(weight)} 分。`,
  capBelowWeight: (cap: number, weight: number) => `累计上限合计 ${n(cap)} 分小于该指标的权重 ${n(weight)} 分，权重无法全部用到。`,
  ruleParam: (detail: string) => `评分规则参数不合理：${detail}`,
  redistributionTarget: (id: string) => `分值转移的目标指标 “${id}” 不存在。`,
  redistributionSelf: () => '分值转移的目标不能是指标自身。',
  alternativeWeights: (group: string, weights: readonly number[]) =>
    `备选分支 “${group}” 的权重不一致（${weights.map(n).join('、')}），只能有一个分支适用。`,
  scopeLinkedMissing: (id: string) => `关联的评分模板 “${id}” 不存在。`,
  scopeKeyInfoMissing: (id: string, template: string) => `关联模板 “${template}” 中没有标识为 “${id}” 的指标。`,
  scopeKeyAreaSum: (total: number, expected: number, weights: readonly number[]) =>
    `重点领域分项权重合计为 ${n(total)}（${list(weights)}），应等于重点信息的权重 ${n(expected)}。`,
  scopeKeyAreaLost: (area: string) => `重点领域 “${area}” 的权重缺失。`,
  taskRowNoLevel: () => '任务行缺少一级指标名称。',
  taskSplitLinkMismatch: (templateId: string, found: number, total: number, level1: readonly string[], level2: readonly string[]) =>
    `任务分解表的指标与关联的评分模板“${templateId}”不符：其一级指标和二级指标共 ${total} 个，只有 ${found} 个在该模板中（不到一半），应是另一版指标体系。` +
    (level1.length > 0 ? `该模板没有的一级指标：${level1.join('、')}。` : '') +
    (level2.length > 0 ? `没有的二级指标：${sample(level2)}。` : '') +
    '请删除 linkedTemplate，或改为该任务分解表对应的评分模板。',
} as const;

export const partNames = { base: '基础分', bonus: '加分指标', deduction: '扣分指标' } as const;
