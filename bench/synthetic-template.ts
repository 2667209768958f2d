/**
 * A synthetic, checker-clean scoring template of a given number of leaves, for the benchmark.
 *
 * Leaves cycle through four rules, so rows per leaf vary: judged (1 input row), split with 4 points
 * (4 rows), newmedia-supervision (2 rows), capped-per-event (2 clauses, 3 rates: 3 rows), i.e. 10
 * rows per 4 leaves. The first three go to the base part (一级 → 二级 → 三级, 5 leaves per 二级, 5
 * 二级 per 一级) with weights in hundredths that add up to exactly 100; the capped leaves go to
 * 附加指标, alternately to 加分指标 (bonus) and 扣分指标 (deduction), 1 point each with caps 0.5 + 0.5.
 */
import type { IndicatorNode, ScoringTemplate } from '../src/core/template-schema';

const LEAVES_PER_LEVEL2 = 5;
const LEVEL2_PER_LEVEL1 = 5;

/** Input rows per 4 leaves (one of each rule). */
export const ROWS_PER_CYCLE = 10;

type BaseRule = 'judged' | 'split' | 'newmedia-supervision';

function baseLeaf(index: number, rule: BaseRule, hundredths: number, label: string): IndicatorNode {
  const node: IndicatorNode = { id: `leaf-${index}`, name: `三级指标 ${label}`, weight: hundredths / 100, content: `考核第 ${index + 1} 项的建设和维护情况：` };
  if (rule === 'split') {
    node.points = [40, 30, 20, 10].map((share, i) => ({ text: `评估点 ${i + 1}：栏目设置与内容维护情况`, share }));
  }
  node.rule = { type: rule };
  return node;
}

function cappedLeaf(index: number, direction: 'bonus' | 'deduction'): IndicatorNode {
  const verb = direction === 'bonus' ? '加' : '扣';
  return {
    id: `leaf-${index}`,
    name: `${direction === 'bonus' ? '加分' : '扣分'}事项 ${index + 1}`,
    weight: 1,
    content: `每发生 1 次${verb}分，累计最高${verb} 1 分。`,
    rule: {
      type: 'capped-per-event',
      direction,
      clauses: [
        { rates: [{ label: '门户网站', points: 0.5 }, { label: '政务新媒体', points: 0.25 }], cap: 0.5 },
        { rates: [{ label: '上级通报', points: 0.5 }], cap: 0.5 },
      ],
    },
  };
}

/** Weights in hundredths: `total` spread over `n` parts, the remainder on the first ones. */
function spread(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));
}

const weightOf = (nodes: IndicatorNode[]) => Math.round(nodes.reduce((s, node) => s + (node.weight ?? 0) * 100, 0)) / 100;

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A template whose scoring sheet has about `rows` indicator (input) rows: rows / 2.5 leaves, a multiple of 4. */
export function syntheticTemplate(rows: number): ScoringTemplate {
  const leafCount = Math.max(4, Math.round((rows * 4) / ROWS_PER_CYCLE / 4) * 4);
  const rules: BaseRule[] = ['judged', 'split', 'newmedia-supervision'];
  const baseIndexes = Array.from({ length: leafCount }, (_, i) => i).filter((i) => i % 4 !== 3);
  const cappedIndexes = Array.from({ length: leafCount }, (_, i) => i).filter((i) => i % 4 === 3);
  const weights = spread(100 * 100, baseIndexes.length);

  const level1: IndicatorNode[] = chunk(chunk(baseIndexes, LEAVES_PER_LEVEL2), LEVEL2_PER_LEVEL1).map((groups, a) => {
    const children = groups.map((indexes, b) => {
      const leaves = indexes.map((leaf, c) => baseLeaf(leaf, rules[leaf % 4] as BaseRule, weights[leaf - Math.floor(leaf / 4)], `${a + 1}.${b + 1}.${c + 1}`));
      return { id: `l2-${a}-${b}`, name: `二级指标 ${a + 1}.${b + 1}`, weight: weightOf(leaves), children: leaves };
    });
    return { id: `l1-${a}`, name: `一级指标 ${a + 1}`, weight: weightOf(children), children };
  });

  const bonus = cappedIndexes.filter((_, i) => i % 2 === 0).map((i) => cappedLeaf(i, 'bonus'));
  const deduction = cappedIndexes.filter((_, i) => i % 2 === 1).map((i) => cappedLeaf(i, 'deduction'));
  const parts: IndicatorNode[] = [
    { id: 'bonus', name: '加分指标', weight: bonus.length, part: 'bonus', children: bonus },
    ...(deduction.length > 0 ? [{ id: 'deduction', name: '扣分指标', weight: deduction.length, part: 'deduction' as const, children: deduction }] : []),
  ];
  const additional: IndicatorNode = { id: 'additional', name: '附加指标', weight: bonus.length + deduction.length, children: parts };

  return {
    id: `synthetic-${rows}`,
    kind: 'scoring',
    title: `合成评估指标（约 ${rows} 行）`,
    edition: 2024,
    region: '基准测试',
    source: { file: 'bench/synthetic-template.ts', section: `syntheticTemplate(${rows})` },
    siteKind: 'county',
    passLine: 60,
    statedTotals: { base: 100, bonus: bonus.length, deduction: deduction.length },
    indicators: [...level1, additional],
  };
}
