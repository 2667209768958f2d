import { useId, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ScoringTemplate } from '../../core/template-schema';
import { planScoringWorkbook } from '../../core/sheet-plan/workbook-plan';
import { downloadFile } from '../download';
import { useSiteListGate } from '../site-list-review';
import { SiteListCheck } from './SiteListCheck';
import { ActionBar } from './ActionBar';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Browser mode: the scoring workbook as an .xlsx download, with portable formulas (no add-in needed). */
export function DownloadScoringForm({ template }: { template: ScoringTemplate }) {
  const styles = useStyles();
  const [sites, setSites] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const gate = useSiteListGate(sites, template);
  const checkId = useId();

  const download = async () => {
    if (gate.blocked) return;
    setBusy(true);
    setOutcome(null);
    try {
      const plan = planScoringWorkbook(template, { sites: gate.review.sites, mode: 'portable' });
      const { workbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-workbook');
      downloadFile(await workbookBytes(plan), `${template.title}评分表.xlsx`);
      setOutcome({ intent: 'success', text: `已生成 ${plan.sheets.length} 个工作表：${plan.sheets.map((s) => s.name).join('、')}。` });
    } catch (error) {
      setOutcome({ intent: 'error', text: `生成失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-label="下载评分表">
      <Field label="网站名称（每行一个，可粘贴名单；留空则生成一张空白评分表）">
        <Textarea value={sites} onChange={(_, data) => setSites(data.value)} resize="vertical" rows={3} aria-describedby={checkId} />
      </Field>
      <SiteListCheck gate={gate} action="生成" id={checkId} />
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <ActionBar label="评分表操作">
        <Button appearance="primary" onClick={download} disabled={busy || gate.blocked} icon={busy ? <Spinner size="tiny" /> : undefined}>
          下载评分表
        </Button>
      </ActionBar>
    </section>
  );
}
