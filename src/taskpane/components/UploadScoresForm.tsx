import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { rankRows } from '../../core/ranking/rank-engine';
import { tableRows } from '../../core/ranking/ranking-table';
import { noticeText } from '../../core/ranking/notice-text';
import { planRankingSheet } from '../../core/ranking/ranking-sheet-plan';
import type { RankingResult } from '../../core/ranking/ranking-types';
import { readScoreFile } from '../read-score-file';
import { downloadFile } from '../download';
import { RankingView } from './RankingView';

/** Browser mode: rank an uploaded score table on screen, copy the notice text, download 排名表. */
export function UploadScoresForm() {
  const [result, setResult] = useState<RankingResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setResult(null);
    const read = await readScoreFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setError(read.message);
    setResult(rankRows(tableRows(read.table, read.table.mapping)));
  };

  const download = async () => {
    if (!result) return;
    const { workbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-workbook');
    downloadFile(await workbookBytes({ sheets: [planRankingSheet(result)], portable: true }), '排名表.xlsx');
  };

  return (
    <section aria-label="上传成绩表">
      <Field label="上传成绩表（CSV 或 .xlsx：单位名称、总分，可有类别、网址、否决；只在本机读取）">
        <input type="file" accept=".csv,.txt,.xlsx" aria-label="选择成绩表" onChange={(e) => void onFile(e.target.files?.[0])} />
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <RankingView result={result} />
          <Field label="通报文字（可复制）">
            <Textarea readOnly value={noticeText(result)} rows={4} resize="vertical" />
          </Field>
          <Button appearance="primary" onClick={() => void download()}>
            下载排名表
          </Button>
        </>
      )}
    </section>
  );
}
