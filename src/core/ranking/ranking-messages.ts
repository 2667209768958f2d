/** Every message of the ranking engine and the table readers, in one place (Chinese, for the user). */

const quoted = (text: string) => `“${text}”`;
const inCategory = (category: string) => (category ? `在${quoted(category)}中` : '');

export const rankingMessages = {
  noName: () => '没有单位名称，未参加排名。',
  noScore: (name: string) => `${quoted(name)}没有总分，未参加排名。`,
  badScore: (name: string, raw: string) => `${quoted(name)}的总分 ${quoted(raw)} 不是数字，未参加排名。`,
  scoreRange: (name: string, value: number, fullScore: number) =>
    `${quoted(name)}的总分 ${value} 不在 0–${fullScore} 分之间（满分可用 --full-score 或“满分”设置），未参加排名。`,
  unclearVeto: (name: string, raw: string) =>
    `${quoted(name)}的单项否决一栏写的是 ${quoted(raw)}，无法判断是否否决，未参加排名。请写“是”或“否”（或留空表示未否决）。`,
  duplicateName: (name: string, category: string, firstWhere: string) =>
    `${quoted(name)}${inCategory(category)}重复出现${firstWhere ? `（首次出现在${firstWhere}）` : ''}，此行未参加排名。`,
  previous: (message: string) => `上年数据：${message}`,
  noHeader: (missing: string[]) =>
    `未找到表头：表格前 20 行中没有同时含“${missing.join('”“')}”的一行。可识别的表头：单位名称/网站名称/名称/name，总分/得分/分数/score。`,
  noRows: () => '表格有表头，但没有数据行。',
  afterTable: (line: number) => `表格在空行处结束，第 ${line} 行起的内容未读取（如属于同一表格，请删除中间的空行）。`,
  rowWhere: (line: number) => `第 ${line} 行`,
} as const;

export const roleLabels = {
  category: '类别',
  name: '单位名称',
  url: '网址',
  score: '总分',
  veto: '单项否决',
  rank: '名次（忽略）',
} as const;
