import { useState } from 'react';
import { Badge, Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Template } from '../../core/template-schema';
import type { WorkbookOperations } from '../operations';
import { useTaskSplitCoverage } from '../hooks/useTaskSplitCoverage';
import { insertTaskSplit, issueCell, splitByUnit, type TaskSheetState } from '../task-split-actions';
import { UnitTasksView } from './UnitTasksView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, whiteSpace: 'normal' },
});

/** Problems listed per sheet before "另有 N 条". */
export const SHOWN_ISSUES = 40;

export interface TaskSplitPanelProps {
  templates: ReadonlyMap<string, Template>;
  /** The template chosen in the picker (a scoring template can be split too). */
  selected: Template | undefined;
  operations: WorkbookOperations;
}

type Outcome = { intent: 'success' | 'error'; text: string } | null;
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** 任务分解: insert a task-split sheet, its live coverage check, one unit's tasks, 按单位拆分. */
export function TaskSplitPanel({ templates, selected, operations }: TaskSplitPanelProps) {
  const styles = useStyles();
  const coverage = useTaskSplitCoverage(operations, templates);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const splitTemplates = [...templates.values()].filter((t) => t.kind === 'task-split');
  const lookup = (id: string) => templates.get(id);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ intent: 'success', text: await work() });
      await coverage.recheck();
    } catch (error) {
      setOutcome({ intent: 'error', text: `操作失败：${failure(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const insert = (template: Template) =>
    act(async () => `已插入：${(await insertTaskSplit(operations, template, lookup, () => undefined)).join('、')}。`);
  const split = (state: TaskSheetState) =>
    act(async () => {
      const { removed, written } = await splitByUnit(operations, state);
      return `已按单位拆分：写入 ${written.length} 个工作表（${written[0]}和 ${written.length - 1} 个单位）${removed.length > 0 ? `，替换了此前生成的 ${removed.length} 个` : ''}。`;
    });

  return (
    <section className={styles.root} aria-label="任务分解">
      <Subtitle2 as="h2">任务分解 {coverage.checking ? <Caption1>（检查中…）</Caption1> : null}</Subtitle2>
      {splitTemplates.map((t) => (
        <Button key={t.id} onClick={() => void insert(t)} disabled={busy}>
          插入任务分解表：{t.title}
        </Button>
      ))}
      <Button onClick={() => selected && void insert(selected)} disabled={busy || selected?.kind !== 'scoring'}>
        按所选评分模板生成任务分解表
      </Button>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {coverage.error && <Body1 as="p">读取任务分解表失败：{coverage.error}</Body1>}
      {coverage.states.length === 0 && <Body1 as="p">工作簿中还没有本加载项生成的任务分解表。</Body1>}
      {coverage.states.map((state) => (
        <TaskSheetSection key={state.sheet} state={state} busy={busy} onSplit={() => void split(state)} onSelect={(sheet, cell) => void operations.selectCell(sheet, cell)} />
      ))}
    </section>
  );
}

interface TaskSheetSectionProps {
  state: TaskSheetState;
  busy: boolean;
  onSplit: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

function TaskSheetSection({ state, busy, onSplit, onSelect }: TaskSheetSectionProps) {
  const styles = useStyles();
  const { issues } = state.report;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? issues : issues.slice(0, SHOWN_ISSUES);
  return (
    <div aria-label={`覆盖检查：${state.sheet}`}>
      <Body1 as="h3">
        {state.sheet} <Badge color={errors > 0 ? 'danger' : issues.length > 0 ? 'warning' : 'success'}>{issues.length}</Badge>
      </Body1>
      {issues.length === 0 && <Body1 as="p">未发现问题：每个指标都有责任单位。</Body1>}
      <ul className={styles.list}>
        {shown.map((issue, i) => {
          const cell = issueCell(state, issue);
          return (
            <li key={`${issue.code}-${issue.rowId ?? issue.path}-${i}`}>
              <Button appearance="subtle" size="small" className={styles.item} disabled={!cell} onClick={() => onSelect(state.sheet, cell)}>
                {issue.severity === 'error' ? '错误' : '警告'} {issue.path ? `${issue.path}：` : ''}
                {issue.message}
              </Button>
            </li>
          );
        })}
      </ul>
      {issues.length > SHOWN_ISSUES && (
        <Button appearance="subtle" size="small" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `只显示前 ${SHOWN_ISSUES} 条` : `另有 ${issues.length - SHOWN_ISSUES} 条，全部显示`}
        </Button>
      )}
      <UnitTasksView state={state} onSelect={onSelect} />
      <Button appearance="primary" onClick={onSplit} disabled={busy}>
        按单位拆分
      </Button>
    </div>
  );
}
