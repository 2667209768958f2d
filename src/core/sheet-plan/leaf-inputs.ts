/**
 * The input rows of a leaf and its score formula, by the leaf's scoring rule. Each input sits on
 * its own row: label in 评分项 (F), a parameter in 比例/分值 (G: a share, points per event …), the
 * evaluator's entry in 录入 (H). The score formula (I, on the leaf's first row) reads those cells.
 */
import type { IndicatorNode } from '../template-schema';
import type { Part } from '../indicator-tree';
import { SERVICE_FORMS } from '../rules/service-form';
import { columnRange, ruleFormula, type FormulaMode } from './rule-formulas';
import { isBlank, numberOf, type Cell, type RuleResult } from '../rules/cells';
import { splitScore } from '../rules/split-score';
import { shareDeduction, shareRatesOf, type ShareRate } from '../rules/share-deduction';
import { cappedPerEvent } from '../rules/capped-per-event';
import { newmediaSupervision } from '../rules/newmedia-supervision';
import { countTier } from '../rules/count-tier';
import { serviceFormScore } from '../rules/service-form';
import { ratioScore } from '../rules/ratio-score';
import { quarterHealth } from '../rules/quarter-health';
import { bestCases } from '../rules/best-cases';
import { contestScore } from '../rules/contest-score';
import { QUERY_SERVICE_CHOICES, queryServicesScore } from '../rules/query-services';
import { formatNumber as formatPoints } from '../numbers';

export const COLUMN = { weight: 'D', param: 'G', input: 'H', score: 'I' } as const;

export type InputKind =
  | { type: 'decimal'; min: number; max?: number; format: string; prompt: string }
  | { type: 'whole'; min: number; format: string; prompt: string }
  | { type: 'list'; list: string[]; prompt: string };

export interface InputRow {
  label: string;
  /** Parameter shown in G (a share as a fraction, points per event, a tier's threshold). */
  param?: number;
  paramFormat?: string;
  /** A constant the template fixes in H (a tier's fraction); no entry expected. */
  fixed?: number;
  /** A formula in H instead of an entry (a shared 不适用 flag, the adjusted weight), given the leaf's first row. */
  formula?: (firstRow: number) => string;
  /** A value written into H when the sheet is made, which the evaluator may change (a 不适用 flag). */
  prefill?: string;
  input: InputKind | null;
}

export interface LeafPlan {
  rows: InputRow[];
  scoreFormula: (firstRow: number) => string;
  /**
   * The same score computed by the TypeScript rules from the 录入 values (one per row, fixed values
   * included) and the weight: what the formula must give. Throws RuleInputError on bad input.
   */
  evaluate: (inputs: readonly Cell[], weight: number) => RuleResult;
}

const count = (prompt: string): InputKind => ({ type: 'whole', min: 0, format: '0', prompt });
const fraction = (prompt: string): InputKind => ({ type: 'decimal', min: 0, max: 1, format: '0%', prompt });
const YES_NO = ['是', '否'];

/**
 * A leaf's part in the template's weight transfers (weight-transfers.ts): a source gets a 不适用
 * flag row (its own input, or a formula pointing at the flag it shares); every involved leaf gets a
 * row showing 原权重 (G) beside 调整后权重 (H, a formula of D) with the rule's text, and its 权重 is
 * not a bound of its inputs (the weight changes with the flags).
 */
export interface LeafTransfer {
  flag?: { label: string; prefill: '是' | '否'; prompt: string; /** The leader's flag cell for a source sharing another's flag (asked when the row is written). */ sharedCell?: () => string };
  original: number;
  text: string;
}

export function planLeaf(node: IndicatorNode, part: Part, mode: FormulaMode, transfer?: LeafTransfer): LeafPlan {
  const withVeto = planVeto(node, part, mode, transfer ? { ...node, weight: undefined } : node);
  return transfer ? withTransfer(withVeto, transfer) : withVeto;
}

function planVeto(node: IndicatorNode, part: Part, mode: FormulaMode, bounds: IndicatorNode): LeafPlan {
  const core = planRule(node, part, mode, bounds);
  if (!node.vetoes?.length || part === 'deduction' || node.rule?.type === 'veto') return core;
  const vetoRow: InputRow = { label: '单项否决（是/否）', input: { type: 'list', list: YES_NO, prompt: `出现以下情形之一选“是”，该指标得 0 分：${node.vetoes.join('；')}` } };
  return {
    rows: [...core.rows, vetoRow],
    scoreFormula: (first) => `IF(${COLUMN.input}${first + core.rows.length + 1}="是",0,${core.scoreFormula(first)})`,
    evaluate: (inputs, weight) => (inputs[core.rows.length] === '是' ? 0 : core.evaluate(inputs, weight)),
  };
}

function withTransfer(inner: LeafPlan, transfer: LeafTransfer): LeafPlan {
  const rows = [...inner.rows];
  const flagIndex = transfer.flag ? rows.length : -1;
  if (transfer.flag) {
    const { label, prefill, prompt, sharedCell } = transfer.flag;
    rows.push(
      sharedCell
        ? { label, input: null, formula: () => sharedCell() }
        : { label, prefill, input: { type: 'list', list: YES_NO, prompt } },
    );
  }
  rows.push({ label: `原权重（比例/分值列）→ 调整后权重（录入列）。${transfer.text}`, param: transfer.original, paramFormat: '0.##', input: null, formula: (first) => weightRef(first) });
  if (flagIndex < 0) return { ...inner, rows };
  return {
    rows,
    scoreFormula: (first) => `IF(${COLUMN.input}${first + flagIndex + 1}="是",0,${inner.scoreFormula(first)})`,
    evaluate: (inputs, weight) => (String(inputs[flagIndex] ?? '').trim() === '是' ? 0 : inner.evaluate(inputs, weight)),
  };
}

function weightRef(first: number): string {
  return `${COLUMN.weight}${first + 1}`;
}

/** The weight as a positive number of points (Xianning writes deductions as −4). */
function sizeRef(first: number): string {
  return `ABS(${weightRef(first)})`;
}

function planRule(node: IndicatorNode, part: Part, mode: FormulaMode, bounds: IndicatorNode = node): LeafPlan {
  const rule = node.rule ?? { type: 'judged' as const };
  const h = (first: number, i: number) => `${COLUMN.input}${first + i + 1}`;
  const inputs = (first: number, from: number, n: number) => columnRange(COLUMN.input, first + from, first + from + n - 1);
  const params = (first: number, from: number, n: number) => columnRange(COLUMN.param, first + from, first + from + n - 1);
  // The inputs' upper bound: the weight, unless it changes with the flags of a weight transfer.
  const weightMax = typeof bounds.weight === 'number' ? Math.abs(bounds.weight) : undefined;
  switch (rule.type) {
    case 'judged':
      return {
        rows: [{ label: part === 'deduction' ? '扣分' : '得分', input: { type: 'decimal', min: 0, max: weightMax, format: '0.00', prompt: `评估人员判定，0 到 ${weightMax ?? '权重'} 分` } }],
        scoreFormula: (first) => `IF(${h(first, 0)}="","",${h(first, 0)})`,
        evaluate: (inputs) => (isBlank(inputs[0]) ? '' : numberOf(inputs[0], '得分')),
      };
    case 'split':
      return planSplit(node, mode, inputs, params);
    case 'veto':
      return {
        rows: [{ label: '单项否决（是/否）', input: { type: 'list', list: YES_NO, prompt: '出现否决情形选“是”' } }],
        scoreFormula: (first) => `IF(${h(first, 0)}="是",0,"")`,
        evaluate: (inputs) => (inputs[0] === '是' ? 0 : ''),
      };
    case 'newmedia-supervision':
      return {
        rows: [
          { label: '检查账号数 N', input: count('检查的政务新媒体账号数') },
          { label: '不合格账号数 M', input: count('检查不合格的账号数，不大于 N') },
        ],
        scoreFormula: (first) => ruleFormula(mode, 'NEWMEDIA_SUPERVISION', [h(first, 0), h(first, 1), weightRef(first)]),
        evaluate: (inputs, weight) => newmediaSupervision(inputs[0], inputs[1], weight),
      };
    case 'capped-per-event':
      return planCapped(rule, mode, inputs, params);
    case 'share-deduction': {
      // One count row per rate (通报曝光: 国务院办公厅 50%, 省政府办公厅 5%, 市政府办 5%), one cap over all.
      const rates = shareRatesOf(rule);
      const n = rates.length;
      const deduction = (first: number) =>
        ruleFormula(mode, 'SHARE_DEDUCTION', [sizeRef(first), inputs(first, 0, n), params(first, 0, n), String(rule.capShare / 100)]);
      const deducted = (values: readonly Cell[], weight: number) =>
        shareDeduction(Math.abs(weight), [values.slice(0, n)], [rates.map((rate) => rate.sharePerEvent / 100)], rule.capShare / 100);
      return {
        rows: rates.map((rate) => shareRateRow(rate, rate.label === null ? `问题个数（每个扣权重的 ${rate.sharePerEvent}%）` : `${rate.label}（扣权重的 ${rate.sharePerEvent}%）`, rule.capShare)),
        scoreFormula: part === 'deduction' ? deduction : (first) => `${sizeRef(first)}-${deduction(first)}`,
        evaluate: part === 'deduction' ? deducted : (values, weight) => Math.abs(weight) - deducted(values, weight),
      };
    }
    case 'count-tiers':
    case 'threshold-count': {
      const tiers = rule.type === 'count-tiers' ? rule.tiers : [{ min: rule.threshold, fraction: 1 }];
      const rows: InputRow[] = [
        { label: '次数', input: count('实际次数') },
        ...tiers.map((tier) => ({ label: `达到 ${tier.min} 次得权重的比例`, param: tier.min, paramFormat: '0', fixed: tier.fraction, input: null })),
      ];
      return {
        rows,
        scoreFormula: (first) =>
          ruleFormula(mode, 'COUNT_TIER', [h(first, 0), params(first, 1, tiers.length), inputs(first, 1, tiers.length), weightRef(first)]),
        evaluate: (values, weight) => countTier(values[0], [tiers.map((t) => t.min)], [tiers.map((t) => t.fraction)], weight),
      };
    }
    case 'service-form':
      return {
        rows: [{ label: '服务提供形式', input: { type: 'list', list: [...SERVICE_FORMS], prompt: '由低到高：上级名单名录 / 上级查询系统 / 本级名单名录 / 本级查询系统 / 本级检索系统' } }],
        scoreFormula: (first) => ruleFormula(mode, 'SERVICE_FORM_SCORE', [h(first, 0), weightRef(first)]),
        evaluate: (values, weight) => serviceFormScore(values[0], weight),
      };
    case 'ratio':
      return {
        rows: [
          { label: rule.numerator, input: { type: 'decimal', min: 0, format: '0.##', prompt: `分子：${rule.numerator}` } },
          { label: rule.denominator, input: { type: 'decimal', min: 0, format: '0.##', prompt: `分母：${rule.denominator}` } },
        ],
        scoreFormula: (first) => ruleFormula(mode, 'RATIO_SCORE', [weightRef(first), h(first, 0), h(first, 1)]),
        evaluate: (values, weight) => ratioScore(weight, values[0], values[1]),
      };
    case 'quarter-health': {
      const quarters = rule.quarters;
      const names = Array.from({ length: quarters }, (_, i) => `第 ${i + 1} 季度`);
      return {
        rows: [
          ...names.map((name) => ({ label: `${name}检查得分`, input: { type: 'decimal' as const, min: 0, format: '0.00', prompt: `${name}检查分数` } })),
          ...names.map((name) => ({ label: `${name}单项否决（是/否）`, input: { type: 'list' as const, list: YES_NO, prompt: '该季度单项否决则记 0 分' } })),
        ],
        scoreFormula: (first) => ruleFormula(mode, 'QUARTER_HEALTH', [inputs(first, 0, quarters), inputs(first, quarters, quarters)]),
        evaluate: (values) => quarterHealth([values.slice(0, quarters)], [values.slice(quarters, 2 * quarters)]),
      };
    }
    case 'best-cases': {
      const slots = bestCaseSlots(rule.k, rule.perCaseCap, rule.totalCap);
      return {
        rows: Array.from({ length: slots }, (_, i) => ({
          label: `案例 ${i + 1} 得分`,
          input: { type: 'decimal' as const, min: 0, max: rule.perCaseCap ?? weightMax, format: '0.00', prompt: '专家评审给出的案例得分' },
        })),
        scoreFormula: (first) =>
          ruleFormula(mode, 'BEST_CASES', [
            inputs(first, 0, slots),
            rule.k === null ? undefined : String(rule.k),
            rule.perCaseCap === null ? undefined : String(rule.perCaseCap),
            rule.totalCap === null ? sizeRef(first) : String(rule.totalCap),
          ]),
        evaluate: (values, weight) => bestCases([values.slice(0, slots)], rule.k, rule.perCaseCap, rule.totalCap ?? Math.abs(weight)),
      };
    }
    case 'sub-weights': {
      const items = rule.items;
      return {
        rows: items.map((item) => ({
          label: `${item.label}（${formatPoints(item.weight)} 分）`,
          param: item.weight,
          paramFormat: '0.##',
          input: { type: 'decimal' as const, min: 0, max: item.weight, format: '0.00', prompt: `评估人员判定，0 到 ${formatPoints(item.weight)} 分` },
        })),
        scoreFormula: (first) => {
          const range = inputs(first, 0, items.length).ref;
          return `IF(COUNT(${range})=0,"",SUM(${range}))`;
        },
        evaluate: (values) => {
          const filled = values.slice(0, items.length).filter((v) => !isBlank(v));
          return filled.length === 0 ? '' : filled.reduce<number>((total, v) => total + numberOf(v, '得分'), 0);
        },
      };
    }
    case 'query-services': {
      const n = rule.services.length;
      const prompt = `未提供，或提供形式（由低到高）：${SERVICE_FORMS.join(' / ')}`;
      return {
        rows: [
          ...rule.services.map((service, i) => ({ label: `${i + 1}. ${service}`, input: { type: 'list' as const, list: [...QUERY_SERVICE_CHOICES], prompt } })),
          { label: '无关联性不高的信息噪音（完成程度）', input: fraction('0%（噪音占据栏目主要内容）到 100%（没有信息噪音）') },
        ],
        scoreFormula: (first) => {
          const range = inputs(first, 0, n).ref;
          const noise = h(first, n);
          const provided = `(${SERVICE_FORMS.map((form) => `COUNTIF(${range},"${form}")`).join('+')})`;
          const forms = `(${SERVICE_FORMS.map((form, i) => `COUNTIF(${range},"${form}")*${i + 1}`).join('+')})/${SERVICE_FORMS.length}`;
          return `IF(OR(COUNTBLANK(${range})>0,${noise}=""),"",${weightRef(first)}*(${provided}/${n}+IF(${provided}=0,0,${forms}/${provided})+${noise})/3)`;
        },
        evaluate: (values, weight) => queryServicesScore(weight, values.slice(0, n), values[n]),
      };
    }
    case 'contest':
      return {
        rows: [{ label: `知识竞赛成绩（满分 ${rule.fullScore ?? 100}）`, input: { type: 'decimal', min: 0, max: rule.fullScore ?? 100, format: '0.##', prompt: '知识竞赛成绩' } }],
        scoreFormula: (first) =>
          ruleFormula(mode, 'CONTEST_SCORE', [weightRef(first), h(first, 0), rule.fullScore === null ? undefined : String(rule.fullScore)]),
        evaluate: (values, weight) => contestScore(weight, values[0], rule.fullScore),
      };
  }
}

/** How many case rows: k + 1 where k is known (several may be submitted), else as many as the caps allow, 3 at least. */
function bestCaseSlots(k: number | null, perCaseCap: number | null, totalCap: number | null): number {
  if (k !== null) return Math.min(k + 1, 8);
  if (perCaseCap && totalCap) return Math.min(Math.max(Math.ceil(totalCap / perCaseCap), 3), 8);
  return 3;
}

type RangeMaker = (first: number, from: number, n: number) => ReturnType<typeof columnRange>;

function planCapped(rule: Extract<NonNullable<IndicatorNode['rule']>, { type: 'capped-per-event' }>, mode: FormulaMode, inputs: RangeMaker, params: RangeMaker): LeafPlan {
  const rows: InputRow[] = [];
  const clauses = rule.clauses.map((clause) => {
    const from = rows.length;
    for (const rate of clause.rates) {
      rows.push({ label: `${rate.label}（次数）`, param: rate.points, paramFormat: '0.##', input: count(clause.text ?? `${rate.label}每次 ${rate.points} 分`) });
    }
    return { from, n: clause.rates.length, cap: clause.cap };
  });
  const id = rule.direction === 'bonus' ? 'CAPPED_BONUS' : 'CAPPED_DEDUCTION';
  return {
    rows,
    scoreFormula: (first) => {
      const size = sizeRef(first);
      const parts = clauses.map((c) => ruleFormula(mode, id, [inputs(first, c.from, c.n), params(first, c.from, c.n), c.cap === null ? size : String(c.cap)]));
      return `MIN(${parts.join('+')},${size})`;
    },
    evaluate: (values, weight) => {
      const scores = clauses.map((c) =>
        cappedPerEvent([values.slice(c.from, c.from + c.n)], [rows.slice(c.from, c.from + c.n).map((r) => r.param ?? null)], c.cap ?? Math.abs(weight)),
      );
      return Math.min(scores.reduce((a, b) => a + b, 0), Math.abs(weight));
    },
  };
}

/**
 * A point scored by share-of-weight deductions: its count rows (one per rate) and cap; with a share
 * of its own (运维管理情况 point 5, 30%: "每超期 1 个，扣权重的 5%。超期 1 个月或一直未办结的，每个扣权重的
 * 50%"), the point scores that share less its deductions and has no attainment to enter.
 */
interface DeductionPoint {
  number: number;
  rates: ShareRate[];
  capShare: number;
  /** Index of the point's own share row, for a point with a share. */
  shareRow: number | null;
  /** First of its count rows, counted from the first count row of the leaf. */
  from: number;
}

/**
 * Split points as rows: nested points by their sub-points, then the count rows of the points scored
 * by deductions. The score is the split of the attainments entered, plus the shares of the points
 * scored by deductions, less the deductions, never below 0; blank while no attainment is entered. A
 * leaf whose every point is scored by deductions (集约化平台) is never blank: like a share-deduction
 * leaf, it shows its weight until a count takes something away.
 */
function planSplit(node: IndicatorNode, mode: FormulaMode, inputs: RangeMaker, params: RangeMaker): LeafPlan {
  const shareRows: InputRow[] = [];
  const deductionPoints: DeductionPoint[] = [];
  const deductionRows: InputRow[] = [];
  (node.points ?? []).forEach((point, index) => {
    if (point.rule?.type === 'share-deduction') {
      const { capShare } = point.rule;
      const rates = shareRatesOf(point.rule);
      const scored = typeof point.share === 'number';
      if (scored) shareRows.push(deductedShareRow(`${index + 1}. ${point.text}`, point.share as number, capShare));
      deductionPoints.push({ number: index + 1, rates, capShare, shareRow: scored ? shareRows.length - 1 : null, from: deductionRows.length });
      for (const rate of rates) {
        const label = rate.label === null ? `扣分：${point.text}` : `扣分（第 ${index + 1} 点）：${rate.label}（扣权重的 ${rate.sharePerEvent}%）`;
        deductionRows.push(shareRateRow(rate, label, capShare));
      }
      return;
    }
    const nested = point.points?.filter((sub) => typeof sub.share === 'number');
    if (nested && nested.length > 0) {
      nested.forEach((sub, subIndex) => shareRows.push(shareRow(`${index + 1}.${subIndex + 1} ${sub.text}`, sub.share ?? undefined)));
      return;
    }
    const alternatives = point.alternatives ? `（${point.alternatives.map((a) => `${a.text}：${a.share}%`).join('；')}）` : '';
    shareRows.push(shareRow(`${index + 1}. ${point.text}${alternatives}`, point.share ?? undefined));
  });
  const n = shareRows.length;
  const entered = shareRows.some((row) => row.input !== null);
  const kept = deductionPoints.flatMap(({ shareRow }) => (shareRow === null ? [] : [shareRow]));
  return {
    rows: [...shareRows, ...deductionRows],
    scoreFormula: (first) => {
      const weight = `${COLUMN.weight}${first + 1}`;
      const split = ruleFormula(mode, 'SPLIT_SCORE', [weight, params(first, 0, n), inputs(first, 0, n)]);
      if (deductionPoints.length === 0) return split;
      const deductions = deductionPoints.map(({ rates, capShare, from }) =>
        ruleFormula(mode, 'SHARE_DEDUCTION', [`ABS(${weight})`, inputs(first, n + from, rates.length), params(first, n + from, rates.length), String(capShare / 100)]),
      );
      const shares = kept.map((row) => `${weight}*${COLUMN.param}${first + row + 1}`);
      const gained = [...(entered ? [split] : []), ...shares].join('+') || '0';
      const net = `MAX(0,${gained}-${deductions.join('-')})`;
      return entered ? `IF(${split}="","",${net})` : net;
    },
    evaluate: (values, weight) => {
      const split = entered ? splitScore(weight, [shareRows.map((r) => r.param ?? null)], [values.slice(0, n)]) : 0;
      if (deductionPoints.length === 0 || split === '') return split;
      const gained = kept.reduce((total, row) => total + weight * (shareRows[row].param ?? 0), split);
      const deducted = deductionPoints.map(({ rates, capShare, from }) =>
        shareDeduction(Math.abs(weight), [values.slice(n + from, n + from + rates.length)], [rates.map((rate) => rate.sharePerEvent / 100)], capShare / 100),
      );
      return Math.max(0, deducted.reduce((rest, d) => rest - d, gained));
    },
  };
}

/** A count row of a share-of-weight deduction: the rate in 比例/分值 (G), the count in 录入 (H). */
function shareRateRow(rate: ShareRate, label: string, capShare: number): InputRow {
  const prompt = rate.label === null ? '发现的问题个数' : `${rate.label}，扣权重的 ${rate.sharePerEvent}%（个数或次数；累计最多扣权重的 ${capShare}%）`;
  return { label, param: rate.sharePerEvent / 100, paramFormat: '0%', input: count(prompt) };
}

/** The share row of a point scored by deductions: its share in G, nothing to enter. */
function deductedShareRow(label: string, share: number, capShare: number): InputRow {
  return { label: `${label}（按下方扣分计：该点 ${share}% 减去扣分，最多扣权重的 ${capShare}%）`, param: share / 100, paramFormat: '0%', input: null };
}

function shareRow(label: string, share: number | undefined): InputRow {
  return {
    label,
    param: share === undefined ? undefined : share / 100,
    paramFormat: '0%',
    input: fraction('该评分点的完成程度：0%（未做到）到 100%（完全做到）'),
  };
}
