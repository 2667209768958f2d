/**
 * The pane, organised by task (issue 13): a TabList under the title — 模板 | 评分表 | 汇总排名 | 任务分解 —
 * each tab with its heading and its own content, as Microsoft's add-in design guidance suggests for
 * two to four sections (a visible navigation at the top, no long scroll). The last tab is remembered
 * on this computer; a first-run card per role (评估人员 / 组织单位 / 责任单位) opens the matching tab.
 * The template picker sits above the tabs that use it (not above 汇总排名).
 */
import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Caption1, Divider, Subtitle2, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { leafCount } from '../core/template-checker';
import { scopeOf } from '../core/department-profile';
import type { Template } from '../core/template-schema';
import type { BundledTemplate } from './bundled-templates';
import type { WorkbookOperations } from './operations';
import { groupTemplates } from './template-groups';
import { TemplatePicker } from './components/TemplatePicker';
import { TemplateReport } from './TemplateReport';
import { InsertScoringForm } from './components/InsertScoringForm';
import { ValidationPanel } from './components/ValidationPanel';
import { useLiveValidation } from './hooks/useLiveValidation';
import { RankingPanel } from './components/RankingPanel';
import { CollectPanel } from './components/CollectPanel';
import { TaskSplitPanel } from './components/TaskSplitPanel';
import { TemplateTree } from './components/TemplateTree';
import { DownloadScoringForm } from './components/DownloadScoringForm';
import { TemplateFileCheck } from './components/TemplateFileCheck';
import { DownloadTaskSplitButton } from './components/DownloadTaskSplitButton';
import { UploadScoresForm } from './components/UploadScoresForm';
import { FirstRunCard } from './components/FirstRunCard';
import { PANE_TABS, localTabStore, type PaneTab, type TabStore } from './pane-tabs';
import type { PaneHost } from './startup';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '480px' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AppProps {
  templates: BundledTemplate[];
  /** Workbook operations in Excel; null when the pane runs in a plain browser. */
  operations: WorkbookOperations | null;
  /** Where the last open tab is kept: the workbook's settings in Excel, localStorage by default. */
  tabStore?: TabStore;
  /** The host the operations work in (named to the user); 'excel' by default when there are operations. */
  host?: PaneHost;
  /** Why this host inserts only portable formulas (no GOV functions), shown on 评分表. */
  portableOnly?: string;
}

const HOST_CAPTION: Record<PaneHost, string> = {
  excel: '已连接 Excel。',
  wps: '已连接 WPS 表格。',
  browser: '当前在浏览器中运行（未连接 Excel 或 WPS）：可查看模板与校验结果，生成的工作簿以文件下载，数据不离开本机。',
};

export function App({ templates, operations, tabStore = localTabStore, host = operations ? 'excel' : 'browser', portableOnly }: AppProps) {
  const styles = useStyles();
  const loaded = useMemo(() => templates.flatMap((entry) => (entry.result.ok ? [entry.result.template] : [])), [templates]);
  const byId = useMemo(() => new Map<string, Template>(loaded.map((t) => [t.id, t])), [loaded]);
  const groups = useMemo(() => groupTemplates(loaded), [loaded]);
  const [selectedId, setSelectedId] = useState(groups[0]?.entries[0]?.template.id ?? '');
  const [tab, setTab] = useState<PaneTab>(() => tabStore.read() ?? (operations ? 'scoring' : 'templates'));
  const entry = groups.flatMap((g) => g.entries).find((e) => e.template.id === selectedId);
  const validation = useLiveValidation(operations, byId);
  const broken = templates.filter((t) => !t.result.ok);
  const open = (next: PaneTab) => {
    setTab(next);
    tabStore.write(next);
  };
  const template = entry?.template;
  // A scoring template with a department scope (附录1) offers its departments on 评分表.
  const scope = useMemo(() => (template?.kind === 'scoring' ? scopeOf(template, byId.values()) : undefined), [template, byId]);
  return (
    <main className={styles.root}>
      <Title3 as="h1">政府网站绩效评估</Title3>
      <Caption1>{HOST_CAPTION[operations ? host : 'browser']}</Caption1>
      <FirstRunCard onOpen={open} />
      <TabList selectedValue={tab} onTabSelect={(_, data) => open(data.value as PaneTab)} aria-label="功能" size="small">
        {PANE_TABS.map(({ id, label }) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {tab !== 'ranking' && <TemplatePicker groups={groups} selectedId={selectedId} onSelect={setSelectedId} />}
      {broken.map((b) => (
        <Body1 key={b.file}>无法读取 {b.file}：{b.result.ok ? '' : b.result.issues[0]?.message}</Body1>
      ))}
      <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <Subtitle2 as="h2">{PANE_TABS.find((t) => t.id === tab)?.heading}</Subtitle2>
        {tab === 'templates' && template && entry && (
          <>
            <TemplateReport source={{ file: template.title, section: template.source.section }} report={entry.report} leaves={leafCount(template)} />
            {template.kind === 'scoring' && (
              <Accordion collapsible defaultOpenItems={[]}>
                <AccordionItem value="tree">
                  <AccordionHeader>指标树（层级、权重、评分规则）</AccordionHeader>
                  <AccordionPanel>
                    <TemplateTree template={template} />
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            )}
            <Divider />
            <TemplateFileCheck known={byId} />
          </>
        )}
        {/* Keyed by template: switching template starts its forms afresh (no message of the one before). */}
        {tab === 'scoring' &&
          template &&
          (template.kind !== 'scoring' ? (
            <Body1>该模板不是评分指标体系，不能生成评分表。请在上面选择评分指标模板。</Body1>
          ) : operations ? (
            <InsertScoringForm key={template.id} template={template} scope={scope} operations={operations} portableOnly={portableOnly} onInserted={() => void validation.recheckAll()} />
          ) : (
            <DownloadScoringForm key={template.id} template={template} scope={scope} />
          ))}
        {tab === 'scoring' && operations && (
          <ValidationPanel problems={validation.problems} checking={validation.checking} onSelect={(sheet, cell) => void operations.selectCell(sheet, cell)} />
        )}
        {tab === 'ranking' && (operations ? <RankingPanel operations={operations} /> : <UploadScoresForm />)}
        {tab === 'ranking' && <CollectPanel operations={operations} templates={loaded} />}
        {tab === 'tasks' &&
          (operations ? (
            <TaskSplitPanel templates={byId} selected={template} operations={operations} />
          ) : (
            template && <DownloadTaskSplitButton key={template.id} template={template} templates={byId} />
          ))}
      </section>
    </main>
  );
}
