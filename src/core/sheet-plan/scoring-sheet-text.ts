/** The Chinese texts of a scoring sheet: its title, a leaf's 评估内容, input prompts. */
import type { IndicatorNode, Point, ScoringTemplate } from '../template-schema';
import type { InputKind } from './leaf-inputs';
import type { ValidationRule } from './plan-types';

/** e.g. 2023年县（市、区）政府门户网站绩效评估评分表 */
export function sheetTitle(template: ScoringTemplate): string {
  const year = template.edition === null ? '' : `${template.edition}年`;
  const scope = { department: '自治区部门网站', city: '设区市政府门户网站', county: '县（市、区）政府门户网站', 'municipal-department': '市直部门网站' }[template.siteKind];
  return `${year}${template.region === '咸宁' ? '咸宁市' : ''}${scope}绩效评估评分表`;
}

function pointLines(points: readonly Point[], prefix = ''): string[] {
  return points.flatMap((point, i) => {
    const number = `${prefix}${i + 1}`;
    const share = typeof point.share === 'number' ? `（${point.share}%）` : '';
    const alternatives = point.alternatives ? `（${point.alternatives.map((a) => `${a.text} ${a.share}%`).join('；')}）` : '';
    return [`${number}. ${point.text}${share}${alternatives}`, ...pointLines(point.points ?? [], `${number}.`)];
  });
}

/** 评估内容: the lead text, the numbered points with their shares, extras, notes and vetoes. */
export function leafContentText(node: IndicatorNode): string {
  const lines = [
    ...(node.content ? [node.content] : []),
    ...pointLines(node.points ?? []),
    ...(node.extraCredit ?? []).map((text) => `额外加分：${text}`),
    ...(node.extraDeduction ?? []).map((text) => `额外扣分：${text}`),
    ...(node.notes ?? []).map((text) => `注：${text}`),
  ];
  return lines.join('\n');
}

export function inputValidation(kind: InputKind): ValidationRule {
  const prompt = { title: '录入提示', message: kind.prompt.slice(0, 250) };
  switch (kind.type) {
    case 'whole':
      return { type: 'whole', min: kind.min, prompt, error: { title: '输入有误', message: '请输入不小于 0 的整数。' } };
    case 'decimal': {
      const range =
        kind.format === '0%' ? '0% 到 100% 之间的比例' : kind.max === undefined ? `不小于 ${kind.min} 的数` : `${kind.min} 到 ${kind.max} 之间的数`;
      return { type: 'decimal', min: kind.min, max: kind.max, prompt, error: { title: '输入有误', message: `请输入 ${range}。` } };
    }
    case 'list':
      return { type: 'list', list: kind.list, prompt, error: { title: '输入有误', message: '请从下拉列表中选择。' } };
  }
}
