import { useMemo, useState } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarBody, Subtitle2, Textarea } from '@fluentui/react-components';
import type { Issue } from '../../core/issues';
import { AcknowledgeExcluded, ExcludedRows } from './ExcludedRows';
import { REGION_PATTERN, RegionField } from './RegionField';
import type { TiePolicy } from '../../core/ranking/ranking-types';
import { buildRanking } from '../ranking-source';
import type { FoundTable } from '../../core/ranking/ranking-table';
import type { ColumnMapping } from '../../core/ranking/table-headers';
import { ColumnMappingFields } from './ColumnMappingFields';
import { useRevealHeading } from '../hooks/useRevealHeading';
import { FilePicker } from './FilePicker';
import { TiePolicyField } from './TiePolicyField';
import { readScoreFile } from '../read-score-file';
import { downloadFile } from '../download';
import { RankingView } from './RankingView';
import { ActionBar } from './ActionBar';
import { NoticeDownload } from './NoticeDownload';

/**
 * Browser mode: rank an uploaded score table on screen, copy the notice text, download 排名表. Rows
 * left out (the table's and the engine's problems) are listed above the result, and downloading
 * waits for the user to acknowledge them; a table with no rankable row gives no ranking at all.
 * Last year's table (optional, as 读取上年表格 in Excel mode) adds the rank changes to the table, the
 * sheet and the notice (text and Word).
 */
export function UploadScoresForm() {
  const [read, setRead] = useState<FoundTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [tie, setTie] = useState<TiePolicy>('competition');
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [region, setRegion] = useState('全区');
  const regionOk = REGION_PATTERN.test(region);
  const [previous, setPrevious] = useState<{ file: string; table: FoundTable } | null>(null);
  const [previousError, setPreviousError] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setError(null);
    setRead(null);
    setMapping(null);
    setAcknowledged(false);
    setCopied(null);
    const loaded = await readScoreFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!loaded.ok) return setError(loaded.message);
    setRead(loaded.table);
    setMapping(loaded.table.mapping);
  };
  const onPreviousFile = async (file: File) => {
    setPreviousError(null);
    setPrevious(null);
    setAcknowledged(false);
    const loaded = await readScoreFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!loaded.ok) return setPreviousError(`上年表格：${loaded.message}`);
    if (loaded.table.mapping.name === null || loaded.table.mapping.score === null) return setPreviousError('上年表格：未找到“单位名称”列和“总分”列。');
    setPrevious({ file: file.name, table: loaded.table });
  };
  // Ranked again whenever the user changes a column, the tie policy or last year's table, as in Excel mode.
  const ready = read !== null && mapping !== null && mapping.name !== null && mapping.score !== null;
  const built = useMemo(() => (ready ? buildRanking(read, mapping, tie, previous?.table, regionOk ? region : '全区') : null), [ready, read, mapping, tie, previous, region, regionOk]);
  const result = built?.result ?? null;
  const problems = useMemo<Issue[]>(() => result?.problems ?? [], [result]);
  const excluded = problems.filter((p) => p.severity === 'error').length;
  const usable = result !== null && result.overall.count > 0;
  const notice = built && regionOk ? built.notice : '';

  const resultHeading = useRevealHeading(read);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(notice);
      setCopied({ intent: 'success', text: '通报文字已复制。' });
    } catch {
      setCopied({ intent: 'error', text: '无法访问剪贴板：请选中通报文字后按 Ctrl+C 复制。' });
    }
  };

  const download = async () => {
    if (!built) return;
    const { workbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-workbook');
    downloadFile(await workbookBytes({ sheets: [built.plan], portable: true }), '排名表.xlsx');
  };

  return (
    <section aria-label="上传成绩表">
      <FilePicker
        label="上传成绩表"
        hint="CSV 或 .xlsx：单位名称、总分，可有类别、网址、否决；只在本机读取，不上传。"
        accept=".csv,.txt,.xlsx"
        inputName="选择成绩表"
        onFile={(file) => void onFile(file)}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {read && mapping && <ColumnMappingFields headers={read.headers} mapping={mapping} onChange={setMapping} problems={read.columnProblems} />}
      {read && mapping && !ready && <Caption1>请选择“单位名称”列和“总分”列。</Caption1>}
      {read && <TiePolicyField value={tie} onChange={setTie} />}
      {read && (
        <FilePicker
          label="上年成绩表（可选）"
          hint={previous ? `已读取上年表格：${previous.table.rows.length} 行，排名与通报将与上年比较。` : '选择上年的成绩表或排名表（CSV 或 .xlsx），用于比较名次和合格率；不选则不比较上年。'}
          accept=".csv,.txt,.xlsx"
          inputName="选择上年成绩表"
          buttonText="选择上年文件…"
          onFile={(file) => void onPreviousFile(file)}
        />
      )}
      {previous && (
        <Button size="small" onClick={() => setPrevious(null)}>
          不与上年比较
        </Button>
      )}
      {previousError && (
        <MessageBar intent="error">
          <MessageBarBody>{previousError}</MessageBarBody>
        </MessageBar>
      )}
      {read && (
        <h3 tabIndex={-1} ref={resultHeading} style={{ margin: 0, outline: 'none' }}>
          <Subtitle2>排名结果</Subtitle2>
        </h3>
      )}
      {result && <ExcludedRows problems={problems} ranked={result.overall.count} />}
      {usable && (
        <>
          <RankingView result={result} />
          <RegionField value={region} onChange={setRegion} />
          <Field label="通报文字（可复制）">
            <Textarea readOnly value={notice} rows={4} resize="vertical" />
          </Field>
          {excluded > 0 && <AcknowledgeExcluded count={excluded} checked={acknowledged} onChange={setAcknowledged} />}
          {copied && (
            <MessageBar intent={copied.intent}>
              <MessageBarBody>{copied.text}</MessageBarBody>
            </MessageBar>
          )}
          <NoticeDownload result={result} region={region} disabled={(excluded > 0 && !acknowledged) || !regionOk} />
          <ActionBar label="排名操作">
            <Button appearance="primary" onClick={() => void download()} disabled={(excluded > 0 && !acknowledged) || !regionOk}>
              下载排名表
            </Button>
            <Button onClick={() => void copy()} disabled={(excluded > 0 && !acknowledged) || !regionOk}>
              复制通报文字
            </Button>
          </ActionBar>
        </>
      )}
    </section>
  );
}
