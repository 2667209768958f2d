import { useMemo, useState } from 'react';
import { Body1, Caption1, Divider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { leafCount } from '../core/template-checker';
import type { Template } from '../core/template-schema';
import type { BundledTemplate } from './bundled-templates';
import type { WorkbookOperations } from './operations';
import { groupTemplates } from './template-groups';
import { TemplatePicker } from './components/TemplatePicker';
import { TemplateReport } from './TemplateReport';
import { InsertScoringForm } from './components/InsertScoringForm';
import { ValidationPanel } from './components/ValidationPanel';
import { useLiveValidation } from './hooks/useLiveValidation';
import { BrowserWorkspace } from './components/BrowserWorkspace';
import { RankingPanel } from './components/RankingPanel';
import { TaskSplitPanel } from './components/TaskSplitPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '480px' },
});

export interface AppProps {
  templates: BundledTemplate[];
  /** Workbook operations in Excel; null when the pane runs in a plain browser. */
  operations: WorkbookOperations | null;
}

export function App({ templates, operations }: AppProps) {
  const styles = useStyles();
  const loaded = useMemo(() => templates.flatMap((entry) => (entry.result.ok ? [entry.result.template] : [])), [templates]);
  const byId = useMemo(() => new Map<string, Template>(loaded.map((t) => [t.id, t])), [loaded]);
  const groups = useMemo(() => groupTemplates(loaded), [loaded]);
  const [selectedId, setSelectedId] = useState(groups[0]?.entries[0]?.template.id ?? '');
  const entry = groups.flatMap((g) => g.entries).find((e) => e.template.id === selectedId);
  const validation = useLiveValidation(operations, byId);
  const broken = templates.filter((t) => !t.result.ok);
  return (
    <main className={styles.root}>
      <Title3 as="h1">政府网站绩效评估</Title3>
      <Caption1>{operations ? '已连接 Excel。' : '当前在浏览器中运行（未连接 Excel）：可查看模板与校验结果，生成的工作簿以文件下载，数据不离开本机。'}</Caption1>
      <TemplatePicker groups={groups} selectedId={selectedId} onSelect={setSelectedId} />
      {broken.map((b) => (
        <Body1 key={b.file}>无法读取 {b.file}：{b.result.ok ? '' : b.result.issues[0]?.message}</Body1>
      ))}
      {entry && <TemplateReport source={entry.template.source} report={entry.report} leaves={leafCount(entry.template)} />}
      {/* Keyed by template: switching template starts its forms afresh (no message of the one before). */}
      {!operations && entry && <BrowserWorkspace key={entry.template.id} template={entry.template} templates={byId} />}
      {operations && entry && (
        <>
          <Divider />
          {entry.template.kind === 'scoring' ? (
            <InsertScoringForm key={entry.template.id} template={entry.template} operations={operations} onInserted={() => void validation.recheckAll()} />
          ) : (
            <Body1>该模板不是评分指标体系，不能生成评分表。</Body1>
          )}
          <Divider />
          <ValidationPanel problems={validation.problems} checking={validation.checking} onSelect={(sheet, cell) => void operations.selectCell(sheet, cell)} />
        </>
      )}
      {operations && (
        <>
          <Divider />
          <RankingPanel operations={operations} />
        </>
      )}
      {operations && (
        <>
          <Divider />
          <TaskSplitPanel templates={byId} selected={entry?.template} operations={operations} />
        </>
      )}
    </main>
  );
}
