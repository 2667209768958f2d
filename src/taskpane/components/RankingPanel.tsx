import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/issues';
import type { TiePolicy } from '../../core/ranking/ranking-types';
import type { ColumnMapping } from '../../core/ranking/table-headers';
import type { WorkbookOperations } from '../operations';
import { type RankingSource, type SourceTable, buildRanking, readSourceTable, sameHeaders } from '../ranking-source';
import { AcknowledgeExcluded, ExcludedRows } from './ExcludedRows';
import { REGION_PATTERN, RegionField } from './RegionField';
import { TiePolicyField } from './TiePolicyField';
import { ColumnMappingFields } from './ColumnMappingFields';
import { ActionBar } from './ActionBar';
import { NoticeDownload } from './NoticeDownload';
import { RankingCharts } from './RankingCharts';
import type { RankingResult } from '../../core/ranking/ranking-types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface RankingPanelProps {
  operations: WorkbookOperations;
}

type Outcome = { intent: 'success' | 'error'; text: string } | null;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 生成排名: source, recognised columns (changeable), tie policy, optionally last year's table (read
 * from the selection, its columns as recognised); writes the 排名 sheet and shows the notice.
 */
export function RankingPanel({ operations }: RankingPanelProps) {
  const styles = useStyles();
  const [source, setSource] = useState<RankingSource>('summary');
  const [tie, setTie] = useState<TiePolicy>('competition');
  const [read, setRead] = useState<SourceTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [problems, setProblems] = useState<Issue[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [ranked, setRanked] = useState(0);
  const [result, setResult] = useState<RankingResult | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [region, setRegion] = useState('全区');
  const [previous, setPrevious] = useState<SourceTable | null>(null);
  const excluded = problems.filter((p) => p.severity === 'error').length;

  /** Reads the source; keeps the user's column choice when the headers did not change. */
  const readTable = async (): Promise<{ table: SourceTable; columns: ColumnMapping }> => {
    const table = await readSourceTable(operations, source);
    const columns = mapping && sameHeaders(read?.table ?? null, table.table) ? mapping : table.table.mapping;
    setRead(table);
    setMapping(columns);
    return { table, columns };
  };

  const run = async (write: boolean) => {
    setBusy(true);
    setOutcome(null);
    if (write) {
      setProblems([]);
      setAcknowledged(false);
    }
    try {
      const { table, columns } = await readTable();
      if (!write) return setOutcome({ intent: 'success', text: `已读取${table.label}：${table.table.rows.length} 行。请核对下面的列，然后点击“生成排名”。` });
      if (columns.name === null || columns.score === null) throw new Error('请选择“单位名称”列和“总分”列。');
      if (!REGION_PATTERN.test(region)) throw new Error('请先填写通报中的地区称谓（如“全市”）。');
      const ranking = buildRanking(table.table, columns, tie, previous?.table, region);
      const written = await operations.replaceAddinSheet(ranking.plan);
      setProblems(ranking.result.problems);
      setNotice(ranking.notice);
      setRanked(ranking.result.overall.count);
      setResult(ranking.result);
      const action = written.replaced ? `已更新工作表“${written.name}”` : `已生成工作表“${written.name}”`;
      const compared = previous ? `，与上年（${previous.label}）比较` : '';
      setOutcome({ intent: 'success', text: `${action}：${ranking.result.overall.count} 个网站，来自${table.label}${compared}。` });
    } catch (error) {
      setOutcome({ intent: 'error', text: `生成排名失败：${message(error)}` });
    } finally {
      setBusy(false);
    }
  };

  /** Keeps last year's table (the current selection) for the next 生成排名. */
  const readPrevious = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const table = await readSourceTable(operations, 'selection');
      setPrevious(table);
      setOutcome({ intent: 'success', text: `已读取上年表格（${table.label}）：${table.table.rows.length} 行。生成排名时将加上上年名次、名次变化和得分变化。` });
    } catch (error) {
      setOutcome({ intent: 'error', text: `读取上年表格失败：${message(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(notice ?? '');
      setOutcome({ intent: 'success', text: '通报文字已复制。' });
    } catch {
      setOutcome({ intent: 'error', text: '无法访问剪贴板：请选中通报文字后按 Ctrl+C 复制。' });
    }
  };

  const changeSource = (value: RankingSource) => {
    setSource(value);
    setRead(null);
    setMapping(null);
  };

  return (
    <section className={styles.root} aria-label="生成排名">
      <Subtitle2 as="h2">排名</Subtitle2>
      <Field label="数据来源">
        <RadioGroup value={source} onChange={(_, data) => changeSource(data.value as RankingSource)}>
          <Radio value="summary" label="本加载项生成的汇总表" />
          <Radio value="selection" label="当前选中的区域（含表头）" />
        </RadioGroup>
      </Field>
      <TiePolicyField value={tie} onChange={setTie} />
      <Field label="上年表格（可选）" hint={previous ? `${previous.label}，${previous.table.rows.length} 行` : '选中上年的排名表格（含表头）后读取；不读取则不比较上年。'}>
        <div className={styles.buttons}>
          <Button onClick={() => void readPrevious()} disabled={busy}>
            读取上年表格（当前选区）
          </Button>
          {previous && (
            <Button onClick={() => setPrevious(null)} disabled={busy}>
              不比较上年
            </Button>
          )}
        </div>
      </Field>
      {read && mapping && <ColumnMappingFields headers={read.table.headers} mapping={mapping} onChange={setMapping} problems={read.table.columnProblems} />}
      <ActionBar label="排名操作">
        {/* The primary action first: fewer keyboard stops to reach it (issue 13). */}
        <Button appearance="primary" onClick={() => void run(true)} disabled={busy}>
          生成排名
        </Button>
        <Button onClick={() => void run(false)} disabled={busy}>
          读取表格
        </Button>
      </ActionBar>
      <RegionField value={region} onChange={setRegion} />
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {notice !== null && <ExcludedRows problems={problems} ranked={ranked} />}
      {notice !== null && (
        <>
          <Field label="通报文字（可复制）">
            <Textarea value={notice} readOnly resize="vertical" rows={5} />
          </Field>
          {excluded > 0 && <AcknowledgeExcluded count={excluded} checked={acknowledged} onChange={setAcknowledged} />}
          <Button onClick={() => void copy()} disabled={excluded > 0 && !acknowledged}>
            复制通报文字
          </Button>
          {result && <NoticeDownload result={result} region={region} disabled={excluded > 0 && !acknowledged} />}
          {result && <RankingCharts result={result} />}
        </>
      )}
    </section>
  );
}
