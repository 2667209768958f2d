/** Leaf rules: parameters in range, caps consistent with weights, redistribution targets that exist. */
import type { IndicatorNode, Point, Rule, ScoringTemplate } from './template-schema';
import type { Issue } from './issues';
import { isLeaf, visitNodes } from './indicator-tree';
import { hasShares } from './split-checker';
import { messages } from './messages';
import { formatNumber as n, sum } from './numbers';
import { shareRatesOf } from './rules/share-deduction';

export function checkRules(template: ScoringTemplate): Issue[] {
  const ids = new Set(visitNodes(template).map(({ node }) => node.id));
  const issues: Issue[] = [];
  for (const { node, path } of visitNodes(template)) {
    const at = (severity: Issue['severity'], code: string, message: string) => issues.push({ severity, code, path, message });
    if (node.rule && !isLeaf(node)) at('error', 'rule-on-parent', messages.ruleOnParent());
    if (node.rule) {
      for (const problem of ruleParameterProblems(node.rule)) at('error', 'rule-parameter', messages.ruleParam(problem));
      checkRuleAgainstWeight(node, node.rule, at);
      checkRuleAgainstPoints(node, node.rule, at);
    }
    for (const point of allPoints(node.points)) {
      if (!point.rule) continue;
      for (const problem of ruleParameterProblems(point.rule)) at('error', 'rule-parameter', messages.ruleParam(problem));
    }
    const target = node.redistribution?.to;
    if (target && target !== 'siblings') {
      if (target.indicator === node.id) at('error', 'redistribution-target', messages.redistributionSelf());
      else if (!ids.has(target.indicator)) at('error', 'redistribution-target', messages.redistributionTarget(target.indicator));
    }
  }
  return issues;
}

function allPoints(points: readonly Point[] | undefined): Point[] {
  return (points ?? []).flatMap((point) => [point, ...allPoints(point.points)]);
}

type Report = (severity: Issue['severity'], code: string, message: string) => void;

function checkRuleAgainstPoints(node: IndicatorNode, rule: Rule, at: Report): void {
  const shares = hasShares(node.points);
  if (rule.type === 'split' && !shares) at('error', 'split-without-shares', messages.splitWithoutShares());
  if (rule.type !== 'split' && shares && rule.type !== 'veto') at('warning', 'shares-not-used', messages.sharesNotUsed(rule.type));
}

/** A cap that can never reach the weight, or that exceeds it, is a warning: the document decides. */
function checkRuleAgainstWeight(node: IndicatorNode, rule: Rule, at: Report): void {
  if (typeof node.weight !== 'number') return;
  const weight = Math.abs(node.weight);
  const caps =
    rule.type === 'capped-per-event'
      ? rule.clauses.map((clause) => clause.cap).filter((cap): cap is number => cap !== null)
      : rule.type === 'best-cases' && rule.totalCap !== null
        ? [rule.totalCap]
        : [];
  for (const cap of caps) if (cap > weight + 1e-9) at('warning', 'cap-weight-mismatch', messages.capAboveWeight(cap, weight));
  if (caps.length > 0 && caps.every((cap) => cap <= weight) && sum(caps) < weight - 1e-9) {
    at('warning', 'cap-weight-mismatch', messages.capBelowWeight(sum(caps), weight));
  }
}

/** What is wrong with a rule's parameters, as Chinese phrases; empty when they are fine. */
export function ruleParameterProblems(rule: Rule): string[] {
  const problems: string[] = [];
  const positive = (value: number | null, label: string) => {
    if (value !== null && !(value > 0)) problems.push(`${label}应大于 0（现为 ${n(value)}）`);
  };
  const wholeAtLeastOne = (value: number | null, label: string) => {
    if (value !== null && !(Number.isInteger(value) && value >= 1)) problems.push(`${label}应为不小于 1 的整数（现为 ${n(value)}）`);
  };
  const fraction = (value: number, label: string) => {
    if (!(value >= 0 && value <= 1)) problems.push(`${label}应在 0 到 1 之间（现为 ${n(value)}）`);
  };
  const percent = (value: number, label: string) => {
    if (!(value > 0 && value <= 100)) problems.push(`${label}应在 0% 到 100% 之间（现为 ${n(value)}%）`);
  };
  switch (rule.type) {
    case 'capped-per-event':
      for (const clause of rule.clauses) {
        positive(clause.cap, '累计上限');
        for (const rate of clause.rates) positive(rate.points, `“${rate.label}”每次分值`);
      }
      break;
    case 'share-deduction':
      for (const rate of shareRatesOf(rule)) percent(rate.sharePerEvent, rate.label === null ? '每次扣分比例' : `“${rate.label}”每次扣分比例`);
      percent(rule.capShare, '累计扣分比例上限');
      break;
    case 'count-tiers':
      rule.tiers.forEach((tier, index) => {
        fraction(tier.fraction, '档位得分比例');
        if (!(tier.min >= 0)) problems.push(`档位起点应不小于 0（现为 ${n(tier.min)}）`);
        if (index > 0 && !(tier.min > rule.tiers[index - 1].min)) problems.push('档位起点应从小到大排列');
      });
      break;
    case 'service-form':
      rule.forms.forEach((form, index) => {
        fraction(form.fraction, `“${form.label}”得分比例`);
        if (index > 0 && !(form.fraction > rule.forms[index - 1].fraction)) problems.push('服务形式应按得分由低到高排列');
      });
      break;
    case 'threshold-count':
      wholeAtLeastOne(rule.threshold, '次数门槛');
      break;
    case 'quarter-health':
      wholeAtLeastOne(rule.quarters, '季度数');
      break;
    case 'best-cases':
      wholeAtLeastOne(rule.k, '采纳案例数');
      positive(rule.perCaseCap, '单个案例上限');
      positive(rule.totalCap, '案例总分上限');
      break;
    case 'contest':
      positive(rule.fullScore, '竞赛满分');
      break;
    default:
      break;
  }
  return problems;
}
