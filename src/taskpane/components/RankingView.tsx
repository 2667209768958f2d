import { Badge, Body1, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { RankingResult } from '../../core/ranking/ranking-types';
import { formatFixed } from '../../core/ranking/decimal-round';
import { RankingCharts } from './RankingCharts';

const rate = (value: number | null) => (value === null ? '—' : `${formatFixed(value, 2)}%`);

/** The ranking on screen: per category the published columns, ties, the pass rate; then its charts. */
export function RankingView({ result }: { result: RankingResult }) {
  const decimals = result.options.decimals;
  return (
    <section aria-label="排名结果">
      <Body1 as="p">
        共 {result.overall.count} 个网站，合格 {result.overall.passed} 个，合格率 {rate(result.overall.passRate)}。
      </Body1>
      {result.groups.map((group) => (
        <div key={group.category}>
          <Body1 as="h3">
            {group.category || '全部'}：合格率 {rate(group.passRate)}（{group.passed}/{group.count}）
          </Body1>
          <Table size="extra-small" aria-label={`${group.category || '全部'}排名`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>名次</TableHeaderCell>
                <TableHeaderCell>单位名称</TableHeaderCell>
                <TableHeaderCell>总分</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {group.rows.map((row) => (
                <TableRow key={row.name}>
                  <TableCell>
                    {row.band ?? row.rank}
                    {row.tied ? <Caption1>（并列）</Caption1> : null}
                  </TableCell>
                  <TableCell>{row.name}</TableCell>
                  <TableCell>
                    {formatFixed(row.score, decimals)} {!row.passed && <Badge color="danger">{row.veto ? '否决' : '不合格'}</Badge>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
      <RankingCharts result={result} />
    </section>
  );
}
