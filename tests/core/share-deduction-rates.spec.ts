/**
 * Share-of-weight deductions with several rates (001 通报曝光, 媒体曝光, 运维管理情况 point 5): the
 * rates and caps as the document states them (lines 500, 765, 776), one count row per rate on the
 * sheet with the rate in 比例/分值, and a score formula over those rows that computes what the rules do.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { visitNodes, type Part } from '../../src/core/indicator-tree';
import { planLeaf } from '../../src/core/sheet-plan/leaf-inputs';
import { checkTemplate } from '../../src/core/template-checker';
import { parseTemplateJson } from '../../src/core/template-loader';
import { ruleSchema, type IndicatorNode, type ScoringTemplate } from '../../src/core/template-schema';

const xianning = (() => {
  const found = loadTemplateFiles().find(({ result }) => result.ok && result.template.id === 'xianning-2023-department');
  if (!found?.result.ok || found.result.template.kind !== 'scoring') throw new Error('xianning-2023-department missing');
  return found.result.template;
})();

function leaf(name: string): { node: IndicatorNode; part: Part } {
  const visited = visitNodes(xianning).find(({ node }) => node.name === name);
  if (!visited) throw new Error(`${name} missing`);
  return { node: visited.node, part: visited.part };
}

const FIRST = 9; // the leaf's first row, 0-based: sheet row 10

describe('the schema: one rate or several', () => {
  it('accepts the single-rate form and the form with rates, not both, not neither', () => {
    expect(ruleSchema.safeParse({ type: 'share-deduction', sharePerEvent: 5, capShare: 20 }).success).toBe(true);
    expect(ruleSchema.safeParse({ type: 'share-deduction', rates: [{ label: '每被中央媒体曝光一次', sharePerEvent: 50 }], capShare: 100 }).success).toBe(true);
    expect(ruleSchema.safeParse({ type: 'share-deduction', sharePerEvent: 5, rates: [{ label: 'x', sharePerEvent: 5 }], capShare: 20 }).success).toBe(false);
    expect(ruleSchema.safeParse({ type: 'share-deduction', capShare: 20 }).success).toBe(false);
    expect(ruleSchema.safeParse({ type: 'share-deduction', rates: [], capShare: 20 }).success).toBe(false);
  });

  it('says in Chinese what is wrong in a template file', () => {
    const json = JSON.stringify({
      id: 't', kind: 'scoring', title: '测试', edition: 2023, region: '测试', source: { file: 'x.txt', section: '一' },
      siteKind: 'department', passLine: 60, statedTotals: { base: null, bonus: null, deduction: null },
      indicators: [{ id: 'a', name: '甲', weight: 100, rule: { type: 'share-deduction', capShare: 100 } }],
    });
    const loaded = parseTemplateJson(json);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.issues.map((i) => i.message).join('')).toContain('sharePerEvent（一种扣分比例）或 rates（几种扣分比例）之一');
  });

  it('checks every rate of a rule (each in 0%…100%)', () => {
    const broken = structuredClone(xianning) as ScoringTemplate;
    const node = visitNodes(broken).find(({ node: n }) => n.name === '媒体曝光')?.node;
    if (node?.rule?.type !== 'share-deduction' || !node.rule.rates) throw new Error('媒体曝光 has no rates');
    node.rule.rates[1].sharePerEvent = 110;
    const problems = checkTemplate(broken).issues.filter((i) => i.code === 'rule-parameter');
    expect(problems).toEqual([expect.objectContaining({ path: '扣分指标 › 媒体曝光', message: expect.stringContaining('“每被省级主流媒体曝光一次”每次扣分比例应在 0% 到 100% 之间') })]);
  });
});

describe('xianning-2023-department as the document states it', () => {
  it('通报曝光 (−4): 国务院办公厅 50%, 省政府办公厅 5%, 市政府办 5% of the weight per site or account, no cap stated (100%)', () => {
    expect(leaf('通报曝光').node.rule).toEqual({
      type: 'share-deduction',
      rates: [
        { label: '每被国务院办公厅通报或点名批评一个网站或政务新媒体', sharePerEvent: 50 },
        { label: '每被省政府办公厅通报或点名批评一个网站或政务新媒体', sharePerEvent: 5 },
        { label: '每被市政府办通报或点名批评一个网站或政务新媒体', sharePerEvent: 5 },
      ],
      capShare: 100,
    });
    expect(leaf('通报曝光').node.weight).toBe(-4);
  });

  it('媒体曝光 (−4): 中央媒体 50%, 省级主流媒体 10%, 市级主流媒体 5% per exposure, no cap stated (100%)', () => {
    expect(leaf('媒体曝光').node.rule).toEqual({
      type: 'share-deduction',
      rates: [
        { label: '每被中央媒体曝光一次', sharePerEvent: 50 },
        { label: '每被省级主流媒体曝光一次', sharePerEvent: 10 },
        { label: '每被市级主流媒体曝光一次', sharePerEvent: 5 },
      ],
      capShare: 100,
    });
  });

  it('运维管理情况 point 5 (30%): 5% per overdue message, 50% per message overdue a month or never closed, at most its 30%', () => {
    const point5 = leaf('运维管理情况').node.points?.[4];
    expect(point5?.share).toBe(30);
    expect(point5?.rule).toEqual({
      type: 'share-deduction',
      rates: [
        { label: '每超期1个', sharePerEvent: 5 },
        { label: '超期1个月或一直未办结的，每个', sharePerEvent: 50 },
      ],
      capShare: 30,
    });
  });

  it('has no rule-parameter, split or share problem after the change', () => {
    const codes = checkTemplate(xianning).issues.map((i) => i.code);
    expect(codes.filter((code) => code !== 'weight-missing')).toEqual([]);
  });
});

describe('the sheet rows and score formula', () => {
  it('通报曝光: one count row per rate, the rate in 比例/分值, GOV.SHARE_DEDUCTION over the three rows', () => {
    const { node, part } = leaf('通报曝光');
    const plan = planLeaf(node, part, 'gov');
    expect(plan.rows.map((r) => [r.label, r.param, r.paramFormat, r.input?.type])).toEqual([
      ['每被国务院办公厅通报或点名批评一个网站或政务新媒体（扣权重的 50%）', 0.5, '0%', 'whole'],
      ['每被省政府办公厅通报或点名批评一个网站或政务新媒体（扣权重的 5%）', 0.05, '0%', 'whole'],
      ['每被市政府办通报或点名批评一个网站或政务新媒体（扣权重的 5%）', 0.05, '0%', 'whole'],
    ]);
    expect(plan.scoreFormula(FIRST)).toBe('GOV.SHARE_DEDUCTION(ABS(D10),IF(ISBLANK(H10:H12),"",H10:H12),IF(ISBLANK(G10:G12),"",G10:G12),1)');
    const portable = planLeaf(node, part, 'portable').scoreFormula(FIRST);
    expect(portable).toContain('SUMPRODUCT(H10:H12,G10:G12)');
    expect(portable).not.toContain('GOV.');
  });

  it('通报曝光 and 媒体曝光 deduct weight × min(Σ count × rate, 100%)', () => {
    const notice = planLeaf(leaf('通报曝光').node, 'deduction', 'gov');
    expect(notice.evaluate([1, 2, 1], -4)).toBeCloseTo(4 * (0.5 + 0.1 + 0.05), 12); // 2.6
    expect(notice.evaluate([null, null, null], -4)).toBe(0);
    expect(notice.evaluate([3, 0, 0], -4)).toBe(4);
    const media = planLeaf(leaf('媒体曝光').node, 'deduction', 'gov');
    expect(media.evaluate([0, 2, 3], -4)).toBeCloseTo(4 * (0.2 + 0.15), 12); // 1.4
  });

  it('运维管理情况: points 1–4 entered, point 5 its 30% less its two rates (capped at 30%), no attainment to enter for it', () => {
    const { node, part } = leaf('运维管理情况');
    const plan = planLeaf(node, part, 'gov');
    expect(plan.rows.map((r) => [r.param, r.input?.type ?? null])).toEqual([
      [0.15, 'decimal'],
      [0.15, 'decimal'],
      [0.2, 'decimal'],
      [0.2, 'decimal'],
      [0.3, null],
      [0.05, 'whole'],
      [0.5, 'whole'],
    ]);
    expect(plan.rows[4].label).toMatch(/^5\. 三个工作日内办结/);
    expect(plan.rows.slice(5).map((r) => r.label)).toEqual(['扣分（第 5 点）：每超期1个（扣权重的 5%）', '扣分（第 5 点）：超期1个月或一直未办结的，每个（扣权重的 50%）']);
    expect(plan.scoreFormula(FIRST)).toBe(
      'IF(GOV.SPLIT_SCORE(IF(ISBLANK(D10),"",D10),IF(ISBLANK(G10:G14),"",G10:G14),IF(ISBLANK(H10:H14),"",H10:H14))="","",' +
        'MAX(0,GOV.SPLIT_SCORE(IF(ISBLANK(D10),"",D10),IF(ISBLANK(G10:G14),"",G10:G14),IF(ISBLANK(H10:H14),"",H10:H14))+D10*G14-' +
        'GOV.SHARE_DEDUCTION(ABS(D10),IF(ISBLANK(H15:H16),"",H15:H16),IF(ISBLANK(G15:G16),"",G15:G16),0.3)))',
    );
    const all = [1, 1, 1, 1, null];
    expect(plan.evaluate([...all, null, null], 5)).toBeCloseTo(5, 12);
    expect(plan.evaluate([...all, 3, null], 5)).toBeCloseTo(5 - 5 * 0.15, 12); // 4.25
    expect(plan.evaluate([...all, 2, 1], 5)).toBeCloseTo(5 - 5 * 0.3, 12); // capped at the point's 30%: 3.5
    expect(plan.evaluate([1, 0.5, 0, 1, null, 1, 0], 5)).toBeCloseTo(5 * (0.15 + 0.075 + 0 + 0.2 + 0.3 - 0.05), 12);
    expect(plan.evaluate([null, null, null, null, null, 1, 0], 5)).toBe('');
  });

  it('集约化平台: every point scored by its deductions, the leaf shows its weight until a count takes something away', () => {
    const { node, part } = leaf('集约化平台及统一资源库建设应用情况');
    const plan = planLeaf(node, part, 'gov');
    expect(plan.rows.filter((r) => r.input === null).map((r) => r.param)).toEqual([0.2, 0.3, 0.3, 0.2]);
    expect(plan.rows.filter((r) => r.input !== null).map((r) => r.param)).toEqual([0.05, 0.05, 0.05, 0.1]);
    expect(plan.scoreFormula(FIRST)).toMatch(/^MAX\(0,D10\*G10\+D10\*G11\+D10\*G12\+D10\*G13-GOV\.SHARE_DEDUCTION\(ABS\(D10\),IF\(ISBLANK\(H14\),"",H14\)/);
    expect(plan.scoreFormula(FIRST)).not.toContain('SPLIT_SCORE');
    expect(plan.evaluate([null, null, null, null, null, null, null, null], 3)).toBeCloseTo(3, 12);
    // 子站 5 × 5% capped at its 20%, one 10% on the 20% point: 3 × (1 − 0.2 − 0.1)
    expect(plan.evaluate([null, null, null, null, 5, 0, 0, 1], 3)).toBeCloseTo(3 * 0.7, 12);
  });

  it('keeps the single-rate leaf as it was (现行有效行政规范性文件归集推送情况: 10% per item, 扣完为止)', () => {
    const { node, part } = leaf('现行有效行政规范性文件归集推送情况');
    const plan = planLeaf(node, part, 'gov');
    expect(plan.rows[0]).toMatchObject({ label: '问题个数（每个扣权重的 10%）', param: 0.1 });
    // then its veto row (同步数据如出现严重表述错误……该指标不得分)
    expect(plan.scoreFormula(FIRST)).toBe('IF(H11="是",0,ABS(D10)-GOV.SHARE_DEDUCTION(ABS(D10),IF(ISBLANK(H10),"",H10),IF(ISBLANK(G10),"",G10),1))');
    expect(plan.evaluate([2, null], 3)).toBeCloseTo(2.4, 12);
  });
});
