import { useEffect, useId, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { DepartmentScopeTemplate, ScoringTemplate } from '../../core/template-schema';
import { planScoringWorkbook } from '../../core/sheet-plan/workbook-plan';
import type { FormulaMode } from '../../core/sheet-plan/rule-formulas';
import type { WorkbookOperations } from '../operations';
import { useScoringSites } from '../scoring-sites';
import { SiteListCheck } from './SiteListCheck';
import { ScoringSitesFields } from './ScoringSitesFields';
import { ActionBar } from './ActionBar';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export interface InsertScoringFormProps {
  template: ScoringTemplate;
  operations: WorkbookOperations;
  /** The template's department scope (附录1), if it has one: its departments are offered to choose. */
  scope?: DepartmentScopeTemplate;
  /** Called after sheets were inserted, with their names. */
  onInserted: (names: string[]) => void;
  /** Why the host cannot run the GOV functions (WPS without registered functions): only portable formulas are offered. */
  portableOnly?: string;
}

type Outcome = { intent: 'success' | 'error'; text: string } | null;

/**
 * Sites (one or a pasted list, or departments of the template's scope), formula mode, and 插入评分表 with progress and a message bar. Both modes
 * are always offered: every Excel that installs the add-in runs the GOV functions (the manifest requires
 * CustomFunctionsRuntime 1.1), and portable formulas remain the user's choice for workbooks that travel
 * to WPS, LibreOffice or an Excel without the add-in.
 */
export function InsertScoringForm({ template, operations, scope, onInserted, portableOnly }: InsertScoringFormProps) {
  const styles = useStyles();
  const [chosen, setMode] = useState<FormulaMode>('gov');
  const mode: FormulaMode = portableOnly ? 'portable' : chosen;
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The workbook's sheet names, so the list can say which tabs will get another name; read again after inserting.
  const [existing, setExisting] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    operations.existingSheetNames().then(
      (names) => live && setExisting(names),
      () => undefined,
    );
    return () => void (live = false);
  }, [operations, outcome]);
  const sites = useScoringSites(template, scope, existing);
  const { gate } = sites;
  const checkId = useId();

  const insert = async () => {
    if (gate.blocked) return;
    setOutcome(null);
    setProgress(0);
    try {
      const sheetNames = await operations.existingSheetNames();
      const plan = planScoringWorkbook(template, { ...sites.planOptions, mode, existingSheets: sheetNames });
      const names = await operations.insertWorkbook(plan, (done, total) => setProgress(done / total));
      setOutcome({ intent: 'success', text: `已插入 ${names.length} 个工作表：${names.join('、')}。` });
      onInserted(names);
    } catch (error) {
      setOutcome({ intent: 'error', text: `插入失败：${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.root} aria-label="插入评分表">
      <ScoringSitesFields sites={sites} scope={scope} action="插入" checkId={checkId} />
      <Field label="得分公式" hint="两种公式算出的得分相同；工作簿要发给使用 WPS、LibreOffice 或未装本加载项的 Excel 的人时，请选通用公式。">
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as FormulaMode)}>
          <Radio value="gov" label="GOV 函数（推荐，需本加载项）" disabled={portableOnly !== undefined} />
          <Radio value="portable" label="通用公式（WPS、LibreOffice 及未装加载项的 Excel 均可计算）" />
        </RadioGroup>
      </Field>
      {portableOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{portableOnly}</MessageBarBody>
        </MessageBar>
      )}
      <SiteListCheck gate={gate} action="插入" id={checkId} />
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      <ActionBar label="评分表操作">
        <Button appearance="primary" onClick={insert} disabled={progress !== null || gate.blocked}>
          插入评分表
        </Button>
        {progress !== null && <ProgressBar value={progress} aria-label="插入进度" />}
      </ActionBar>
    </section>
  );
}
