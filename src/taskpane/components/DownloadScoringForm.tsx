import { useId, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { DepartmentScopeTemplate, ScoringTemplate } from '../../core/template-schema';
import { planScoringWorkbook } from '../../core/sheet-plan/workbook-plan';
import { downloadFile } from '../download';
import { useScoringSites } from '../scoring-sites';
import { SiteListCheck } from './SiteListCheck';
import { ScoringSitesFields } from './ScoringSitesFields';
import { ActionBar } from './ActionBar';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/**
 * Browser mode: the scoring workbook as an .xlsx download, with portable formulas (no add-in needed),
 * for typed sites or for departments of the template's scope (附录1), as in Excel.
 */
export function DownloadScoringForm({ template, scope }: { template: ScoringTemplate; scope?: DepartmentScopeTemplate }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const sites = useScoringSites(template, scope);
  const { gate } = sites;
  const checkId = useId();

  const download = async () => {
    if (gate.blocked) return;
    setBusy(true);
    setOutcome(null);
    try {
      const plan = planScoringWorkbook(template, { ...sites.planOptions, mode: 'portable' });
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
      <ScoringSitesFields sites={sites} scope={scope} action="生成" checkId={checkId} />
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
