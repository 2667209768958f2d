/**
 * Weight transfers (权重转移): an indicator with a `redistribution` rule that does not apply to a site
 * scores nothing, and its weight goes to its siblings, evenly, or to a named indicator, as the
 * documents state, e.g. 000 一 重点信息: "不涉及重点领域信息公开考核且不存在额外扣分情形的部门，该指标不加分，
 * 且分值平均分配到其他主动公开指标中"; 办事指南 / 网办深度: "无政务服务职能的部门，该项分值转移到便民查询服务指标".
 *
 * In the sheet each such indicator (a source) has a 不适用 flag row (是/否); sources with the same
 * condition share one flag (the first one's; the others' flag cell is a formula pointing at it), so
 * setting 无政务服务职能 once moves both 办事指南 and 网办深度. The 权重 cell (D) of every leaf involved
 * is a formula of the flags, so the base part keeps its total whatever the flags:
 * - a flagged source weighs 0 (and scores 0);
 * - a receiver weighs its own weight plus, for each flagged source that gives to it, the source's
 *   weight divided by the number of that source's receivers that are not flagged themselves.
 * A source whose receivers are all flagged would lose its weight: the checker reports such a rule
 * (`redistribution-all-flagged`); no transcribed template has one. Sources and receivers are leaves.
 */
import type { IndicatorNode, ScoringTemplate } from '../template-schema';
import { isLeaf, visitNodes } from '../indicator-tree';
import type { LeafTransfer } from './leaf-inputs';

export interface TransferSource {
  id: string;
  name: string;
  weight: number;
  when: string;
  /** Ids of the leaves that receive the weight when the source is flagged. */
  receivers: string[];
  /** Id of the source whose flag this one shares (itself for the first with its condition). */
  leader: string;
}

export interface Transfers {
  sources: TransferSource[];
  bySource: Map<string, TransferSource>;
  /** Leaf ids whose weight is a formula of the flags (sources and receivers). */
  involved: Set<string>;
  /** Per receiver, the sources that give to it. */
  givers: Map<string, TransferSource[]>;
}

export interface TransferProblem {
  id: string;
  code: 'redistribution-target-missing' | 'redistribution-not-leaf' | 'redistribution-no-receiver' | 'redistribution-weight-missing';
  message: string;
}

/** The template's transfers, and what keeps one from being planned (the checker reports these). */
export function weightTransfers(template: ScoringTemplate): { transfers: Transfers; problems: TransferProblem[] } {
  const nodes = visitNodes(template);
  const byId = new Map(nodes.map((v) => [v.node.id, v]));
  const sources: TransferSource[] = [];
  const problems: TransferProblem[] = [];
  const leaders = new Map<string, string>();
  for (const visited of nodes) {
    const { node, parent } = visited;
    const rule = node.redistribution;
    if (!rule) continue;
    if (!isLeaf(node)) {
      problems.push({ id: node.id, code: 'redistribution-not-leaf', message: `“${node.name}”有权重转移规则，但不是末级指标：只有末级指标的权重能转移。` });
      continue;
    }
    if (typeof node.weight !== 'number') {
      problems.push({ id: node.id, code: 'redistribution-weight-missing', message: `“${node.name}”有权重转移规则，但权重缺失。` });
      continue;
    }
    let receivers: IndicatorNode[];
    if (rule.to === 'siblings') {
      const siblings = parent ? (parent.children ?? []) : template.indicators;
      receivers = siblings.filter((s) => s.id !== node.id);
    } else {
      const target = byId.get(rule.to.indicator)?.node;
      if (!target) {
        problems.push({ id: node.id, code: 'redistribution-target-missing', message: `“${node.name}”的权重转移到“${rule.to.indicator}”，但模板中没有这个指标。` });
        continue;
      }
      receivers = [target];
    }
    const notLeaf = receivers.find((r) => !isLeaf(r));
    if (notLeaf) {
      problems.push({ id: node.id, code: 'redistribution-not-leaf', message: `“${node.name}”的权重转移给“${notLeaf.name}”，但它不是末级指标。` });
      continue;
    }
    if (receivers.length === 0) {
      problems.push({ id: node.id, code: 'redistribution-no-receiver', message: `“${node.name}”的权重平均分配给同级指标，但它没有同级指标。` });
      continue;
    }
    const leader = leaders.get(rule.when) ?? node.id;
    leaders.set(rule.when, leader);
    sources.push({ id: node.id, name: node.name, weight: node.weight, when: rule.when, receivers: receivers.map((r) => r.id), leader });
  }
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const involved = new Set<string>();
  const givers = new Map<string, TransferSource[]>();
  for (const source of sources) {
    involved.add(source.id);
    for (const receiver of source.receivers) {
      involved.add(receiver);
      givers.set(receiver, [...(givers.get(receiver) ?? []), source]);
    }
  }
  // A source whose every receiver can be flagged too loses its weight when all are.
  for (const source of sources) {
    if (source.receivers.every((r) => bySource.has(r))) {
      problems.push({
        id: source.id,
        code: 'redistribution-no-receiver',
        message: `“${source.name}”的权重只转移给同样可能不适用的指标：都不适用时这部分权重会丢失，基础分不再是满分。`,
      });
    }
  }
  return { transfers: { sources, bySource, involved, givers }, problems };
}

/** Leaf weights with the given sources flagged 不适用 (ids); leaves not involved keep theirs. */
export function adjustedWeights(transfers: Transfers, weights: ReadonlyMap<string, number>, flagged: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of transfers.involved) {
    const own = flagged.has(id) ? 0 : (weights.get(id) ?? 0);
    let received = 0;
    if (!flagged.has(id)) {
      for (const source of transfers.givers.get(id) ?? []) {
        if (!flagged.has(source.id)) continue;
        const open = source.receivers.filter((r) => !flagged.has(r)).length;
        received += source.weight / open;
      }
    }
    out.set(id, own + received);
  }
  return out;
}

/**
 * The 权重 cell's formula of an involved leaf, given each source's flag cell address. Standard
 * functions only (the same in GOV and portable modes).
 */
export function weightFormula(transfers: Transfers, id: string, weight: number, flagCell: (sourceId: string) => string): string {
  const flagged = (sourceId: string) => `${flagCell(sourceId)}="是"`;
  const own = transfers.bySource.has(id) ? `IF(${flagged(id)},0,${weight})` : String(weight);
  const terms = (transfers.givers.get(id) ?? []).map((source) => {
    const open = source.receivers.map((r) => (transfers.bySource.has(r) ? `IF(${flagged(r)},0,1)` : '1')).join('+');
    const share = `${source.weight}/(${open})`;
    return transfers.bySource.has(id) ? `IF(AND(${flagged(source.id)},NOT(${flagged(id)})),${share},0)` : `IF(${flagged(source.id)},${share},0)`;
  });
  return [own, ...terms].join('+');
}

/** For the sheet and the pane: what happens to a source's weight when it is flagged. */
export function transferText(source: TransferSource, names: ReadonlyMap<string, string>): string {
  const receivers = source.receivers.map((r) => names.get(r) ?? r);
  const target = receivers.length === 1 ? `转移到“${receivers[0]}”` : `平均分配到${receivers.map((r) => `“${r}”`).join('、')}（其中也不适用的除外）`;
  return `不适用（${source.when}）时，“${source.name}”不得分，${source.weight} 分${target}。`;
}

/**
 * Each involved leaf's transfer rows for planLeaf. `prefilled`: sources whose flag the sheet starts
 * with 是 (from a department's profile); `flagCell`: where a source's flag is in the sheet (for the
 * flags other sources share; validation, which only needs the rows, can pass any address).
 */
export function leafTransfers(template: ScoringTemplate, prefilled: ReadonlySet<string> = new Set(), flagCell: (sourceId: string) => string = () => 'H1'): Map<string, LeafTransfer> {
  const { transfers } = weightTransfers(template);
  const names = new Map(visitNodes(template).map((v) => [v.node.id, v.node.name]));
  const out = new Map<string, LeafTransfer>();
  const nodes = new Map(visitNodes(template).map((v) => [v.node.id, v.node]));
  for (const id of transfers.involved) {
    const node = nodes.get(id);
    if (!node || typeof node.weight !== 'number') continue;
    const source = transfers.bySource.get(id);
    const texts: string[] = [];
    if (source) texts.push(transferText(source, names));
    for (const giver of transfers.givers.get(id) ?? []) texts.push(`“${giver.name}”不适用时，其权重转入本项。`);
    out.set(id, {
      original: node.weight,
      text: texts.join(''),
      flag: source && {
        label: `不适用（是/否）：${source.when}${source.leader === id ? '' : `（与“${names.get(source.leader)}”相同）`}`,
        prefill: prefilled.has(source.leader) ? '是' : '否',
        prompt: transferText(source, names).slice(0, 250),
        sharedCell: source.leader === id ? undefined : () => flagCell(source.leader),
      },
    });
  }
  return out;
}
