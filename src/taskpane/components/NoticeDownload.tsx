/**
 * 下载通报（Word）: the notice as a GB/T 9704-2012 Word document, with the CLI's options that make
 * sense here (year, issuer; the region comes from the region field beside it). The document writer
 * and ECharts are imported on click, so the pane's first render does not carry them.
 */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { RankingResult } from '../../core/ranking/ranking-types';
import { downloadFile } from '../download';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function NoticeDownload({ result, region, disabled }: { result: RankingResult; region: string; disabled: boolean }) {
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [issuer, setIssuer] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const yearOk = year === '' || /^(20\d\d|2100)$/.test(year);

  const download = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { noticeDocxBytes } = await import(/* webpackChunkName: "notice" */ '../notice-download');
      const bytes = await noticeDocxBytes(result, { year: year === '' ? null : Number(year), issuer: issuer.trim() || '××人民政府办公厅', region });
      downloadFile(bytes, '通报.docx', DOCX_TYPE);
      setOutcome({ intent: 'success', text: '已生成通报（Word）：正文、图表和附件（各类别排名表、不合格网站名单）。' });
    } catch (error) {
      setOutcome({ intent: 'error', text: `生成通报失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="通报（Word）">
      <Field label="评估年度" validationState={yearOk ? 'none' : 'error'} validationMessage={yearOk ? undefined : '请填写四位年份，如 2024。'}>
        <Input value={year} inputMode="numeric" onChange={(_, data) => setYear(data.value.trim())} />
      </Field>
      <Field label="发文机关" hint="如 某某市人民政府办公室；用于标题和落款。">
        <Input value={issuer} onChange={(_, data) => setIssuer(data.value)} />
      </Field>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <Button onClick={() => void download()} disabled={disabled || busy || !yearOk}>
        下载通报（Word）
      </Button>
    </section>
  );
}
