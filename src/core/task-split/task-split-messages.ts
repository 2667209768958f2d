/** Every message of the task-split checks (Chinese, for the user), in one place. */
const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join('、');

export const taskMessages = {
  noLevel: () => '该行没有一级指标名称（可能删除了合并单元格的第一行），请补上指标名称。',
  noUnit: () => '没有责任单位，请填写（不适用请填“——”）。',
  unitUnknown: (name: string, suggestions: readonly string[]) =>
    `责任单位“${name}”不在单位名单中。${suggestions.length > 0 ? `是否为${quoted(suggestions)}？` : '请核对名称，或把它加入单位名单。'}`,
  unitAlias: (name: string, canonical: string) => `“${name}”是“${canonical}”的别称，建议统一写作“${canonical}”。`,
  unitNearDuplicate: (name: string, canonical: string) =>
    `“${name}”与“${canonical}”只差空格或全角、半角字符，建议统一写作“${canonical}”。`,
  spellingsDiffer: (names: readonly string[]) => `同一单位有几种写法：${quoted(names)}（只差空格或全角、半角字符），建议统一。`,
  collectiveEmpty: (name: string, kinds: readonly string[]) =>
    `“${name}”在单位名单中没有成员（类型为${quoted(kinds)}的单位），该任务没有落实到具体单位。`,
  columnMissing: () => '指标说明要求设置栏目，但“对应栏目及工作要求”为空。',
  indicatorMissing: (templateId: string, samples: readonly string[]) =>
    `评分模板“${templateId}”中的该指标在任务分解表中没有对应的任务。${samples.length > 0 ? `任务分解表中有同名指标：${quoted(samples)}（层级不同）。` : ''}`,
  indicatorUnknown: (templateId: string, samples: readonly string[]) =>
    `该任务的指标在评分模板“${templateId}”中不存在。${samples.length > 0 ? `评分模板中的同名指标：${quoted(samples)}。` : ''}`,
  linkedMissing: (templateId: string) => `关联的评分模板“${templateId}”不存在，无法核对指标覆盖情况。`,
  membersMissing: () =>
    '未提供单位名单：已按任务分解表中出现的单位推定名单（名称以“镇”“乡”“街道”结尾的算作镇），无法核对单位名称。请在工作簿中添加“单位名单”工作表，或在命令行用 --members 指定。',
  membersHeader: () => '单位名单缺少表头“单位”（表头应为：单位,类型,别名）。',
  memberKind: (name: string, kind: string) => `单位“${name}”的类型“${kind}”无效，应为“镇”或“部门”，已按“部门”处理。`,
  memberDuplicate: (name: string, other: string) => `单位名单中“${name}”与“${other}”重复（名称或别称相同）。`,
} as const;
