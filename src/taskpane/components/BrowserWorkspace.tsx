import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Divider } from '@fluentui/react-components';
import type { Template } from '../../core/template-schema';
import { TemplateTree } from './TemplateTree';
import { DownloadScoringForm } from './DownloadScoringForm';
import { TemplateFileCheck } from './TemplateFileCheck';
import { DownloadTaskSplitButton } from './DownloadTaskSplitButton';
import { UploadScoresForm } from './UploadScoresForm';

export interface BrowserWorkspaceProps {
  template: Template;
  templates: ReadonlyMap<string, Template>;
}

/**
 * The pane outside Excel: the same core, with downloads instead of sheet writes. Everything is
 * computed in this page; nothing is sent anywhere.
 */
export function BrowserWorkspace({ template, templates }: BrowserWorkspaceProps) {
  return (
    <>
      {template.kind === 'scoring' ? (
        <>
          <Accordion collapsible defaultOpenItems={[]}>
            <AccordionItem value="tree">
              <AccordionHeader>指标树（层级、权重、评分规则）</AccordionHeader>
              <AccordionPanel>
                <TemplateTree template={template} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <Divider />
          <DownloadScoringForm template={template} />
        </>
      ) : (
        <Body1>该模板不是评分指标体系，不能生成评分表。</Body1>
      )}
      <DownloadTaskSplitButton template={template} templates={templates} />
      <Divider />
      <UploadScoresForm />
      <Divider />
      <TemplateFileCheck known={templates} />
    </>
  );
}
