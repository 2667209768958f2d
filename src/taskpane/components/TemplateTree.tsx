import { Caption1, Tree, TreeItem, TreeItemLayout } from '@fluentui/react-components';
import type { IndicatorNode, Rule, ScoringTemplate } from '../../core/template-schema';
import { formatNumber } from '../../core/numbers';

const ruleNames: Record<Rule['type'], string> = {
  judged: '评估人员判定',
  split: '按评分细则比例',
  veto: '单项否决',
  'newmedia-supervision': '权重×(N−M)/N',
  'capped-per-event': '按次计分封顶',
  'share-deduction': '按权重比例扣分',
  'count-tiers': '按次数分档',
  'service-form': '按服务形式',
  ratio: '按比例',
  'threshold-count': '次数达标',
  'quarter-health': '季度平均',
  'best-cases': '取最高案例',
  contest: '竞赛成绩折算',
  'sub-weights': '分领域判定',
  'query-services': '按服务清单',
};

function weightText(node: IndicatorNode): string {
  if (node.weight === null) return '（权重缺失）';
  return typeof node.weight === 'number' ? `（${formatNumber(node.weight)} 分）` : '';
}

function Node({ node }: { node: IndicatorNode }) {
  const children = node.children ?? [];
  const rule = children.length === 0 ? ruleNames[node.rule?.type ?? 'judged'] : null;
  return (
    <TreeItem itemType={children.length > 0 ? 'branch' : 'leaf'} value={node.id}>
      <TreeItemLayout>
        {node.name}
        {weightText(node)}
        {rule && <Caption1> · {rule}</Caption1>}
        {(node.points ?? []).some((p) => typeof p.share === 'number') && (
          <Caption1> · {(node.points ?? []).map((p) => (typeof p.share === 'number' ? `${p.share}%` : '扣')).join(' + ')}</Caption1>
        )}
      </TreeItemLayout>
      {children.length > 0 && (
        <Tree>
          {children.map((child) => (
            <Node key={child.id} node={child} />
          ))}
        </Tree>
      )}
    </TreeItem>
  );
}

/** The indicator tree, readable: levels, weights, split shares and each leaf's rule. */
export function TemplateTree({ template }: { template: ScoringTemplate }) {
  return (
    <Tree aria-label="指标树" defaultOpenItems={template.indicators.map((n) => n.id)}>
      {template.indicators.map((node) => (
        <Node key={node.id} node={node} />
      ))}
    </Tree>
  );
}
