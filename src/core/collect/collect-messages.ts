/** The Chinese messages of collecting a round (collect-round.ts, read-scoring-sheet.ts). */
const show = (value: number) => String(Math.round(value * 1e4) / 1e4);

export const collectMessages = {
  unreadable: (reason: string) => `无法读取，已跳过：${reason}`,
  duplicateFile: (earlier: string) => `与 “${earlier}” 内容完全相同（SHA-256 一致），已跳过，以免同一份评分计入两次。`,
  collectOutput: () => '这是汇总结果文件（collect 的输出），不是评分表，已跳过。',
  noScoringSheet: () => '文件中没有加载项或命令行生成的评分表（找不到评分表标记），已跳过。',
  unknownTemplate: (id: string) => `评分表标记中的模板 “${id}” 不在已知模板中，无法重算，已跳过该工作表（可用 --template 给出模板文件）。`,
  unknownProfile: (id: string, profile: string) => `评分表标记中的部门 “${profile}” 不在模板 “${id}” 的考核范围中，无法重算，已跳过该工作表。`,
  layoutChanged: () => '评分表的列被插入或删除（隐藏的标记列不在原位置），无法按行标识读取，已跳过该工作表。',
  rowsMissing: (path: string) => `指标 “${path}” 的录入行缺失或行标识被改动（行被删除？），已跳过该工作表。请用原评分表重新录入。`,
  keysTampered: (key: string) => `行标识 “${key}” 与模板不符（被改动或来自其他模板），已跳过该工作表。`,
  duplicateKey: (key: string) => `行标识 “${key}” 出现了两次（行被复制？），已跳过该工作表。`,
  siteMissing: () => '网站名称（B2）为空，无法与其他文件中的同一网站对应，已跳过该工作表。',
  evaluatorMissing: () => '评估人员（E2）未填写。',
  inputInvalid: (path: string, reason: string) => `指标 “${path}” 的录入无法计分：${reason}该指标按未录入处理。`,
  formulaOverwritten: (cached: unknown, recomputed: number | '') =>
    `得分公式被改成了固定值 ${String(cached)}；按录入重算为 ${recomputed === '' ? '空（未录入）' : show(recomputed)}，汇总采用重算的得分。`,
  scoreDiffers: (cached: number, recomputed: number | '') =>
    `文件中的得分 ${show(cached)} 与按录入和模板重算的 ${recomputed === '' ? '空（未录入）' : show(recomputed)} 不同（权重或公式被改动？），汇总采用重算的得分。`,
  cachedErrors: (value: string, count: number) =>
    `保存该文件的程序未能计算其中 ${count} 个得分公式（${value}，如 GOV 函数需要加载项）；汇总按录入重算，不受影响。`,
  unknownVersion: (id: string, version: string, known: string[]) =>
    `由模板 “${id}” 的版本 ${version} 生成，与现有模板的版本（${known.join('、')}）不同；请用 --template 给出生成该文件的模板文件，或加 --allow-mixed-versions 按现有模板重算。`,
  unknownVersionAllowed: (id: string, version: string) => `由模板 “${id}” 的版本 ${version} 生成，现有模板中没有该版本，已按现有模板重算（--allow-mixed-versions）。`,
  mixedVersions: (id: string, groups: [string, string[]][]) =>
    `模板 “${id}” 的不同版本混在一起：${groups.map(([version, files]) => `版本 ${version}：${files.join('、')}`).join('；')}。不同版本的得分不可比，未生成汇总；确需合并时加 --allow-mixed-versions。`,
  mixedVersionsAllowed: (id: string, groups: [string, string[]][]) =>
    `模板 “${id}” 的不同版本混在一起（--allow-mixed-versions）：${groups.map(([version, files]) => `版本 ${version}：${files.join('、')}`).join('；')}。`,
  incompleteSite: (site: string, count: number, first: string[]) =>
    `“${site}” 还有 ${count} 项未完成：${first.join('；')}${count > first.length ? '……' : ''}`,
  incompleteRefused: (count: number) => `有 ${count} 个网站的评分表未完成，本轮还不能汇总；确需先行排名时加 --allow-incomplete（汇总中标为未完成）。`,
  siteTemplatesDiffer: (site: string, ids: string[]) => `“${site}” 的评分表来自不同的模板（${ids.join('、')}），得分按各自的模板计算，可能不可比。`,
  selfOnly: (site: string) => `“${site}” 只有自评，没有评估人员的评分：自评不计为得分，该网站不在汇总中。`,
  reviewerMissing: () => '汇总方式为 reviewer，但没有用 --reviewer 给出复核文件。',
  siteNotReviewed: (site: string) => `“${site}” 没有复核文件的评分，按各评估人员的平均值汇总。`,
  selfFlagged: (site: string, self: number, reviewed: number, threshold: number) =>
    `“${site}” 的自评 ${show(self)} 分比核查得分 ${show(reviewed)} 分高出 ${show(self - reviewed)} 分，超过 ${show(threshold)} 分。`,
  weightChanged: (path: string, value: number, expected: number) => `“${path}”的权重被改为 ${show(value)}，模板（按不适用的选择）为 ${show(expected)}；汇总按模板的权重重算。`,
  paramChanged: (path: string, label: string, value: number, expected: number) => `“${path}”的“${label}”比例/分值被改为 ${show(value)}，模板中为 ${show(expected)}；汇总按模板重算。`,
  weightMissing: (id: string, path: string) => `模板 “${id}” 中 “${path}” 的权重缺失（原文丢失），无法计分，已跳过该工作表。`,
  statusLabel: '评估状态（未标记为“已完成”）',
};

export const POLICY_NAMES = { mean: '平均值', median: '中位数', reviewer: '以复核为准' } as const;
