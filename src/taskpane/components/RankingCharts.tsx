/**
 * Live charts of a ranking (the notice's charts: pass rates per category, scores of each category
 * with the pass line). ECharts is imported when the first ranking is shown, not with the pane.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { noticeCharts } from '../../core/notice/notice-plan';
import type { NoticeChart } from '../../core/notice/notice-types';
import type { RankingResult } from '../../core/ranking/ranking-types';

function LiveChart({ chart }: { chart: NoticeChart }) {
  const element = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let dispose: (() => void) | null = null;
    let cancelled = false;
    import(/* webpackChunkName: "charts" */ '../live-charts')
      .then(({ mountChart }) => {
        if (!cancelled && element.current) dispose = mountChart(element.current, chart);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [chart]);
  return (
    <figure style={{ margin: 0 }}>
      <div ref={element} role="img" aria-label={chart.title} data-chart={chart.id} style={{ width: '100%' }} />
      {failed && <Caption1>图表无法显示。</Caption1>}
    </figure>
  );
}

export function RankingCharts({ result, year }: { result: RankingResult; year?: number | null }) {
  const charts = useMemo(() => noticeCharts(result, { year: year ?? null, fullScore: result.options.fullScore }), [result, year]);
  return (
    <section aria-label="排名图表">
      <Subtitle2 as="h3">图表</Subtitle2>
      {charts.map((chart) => (
        <LiveChart key={chart.id} chart={chart} />
      ))}
    </section>
  );
}
