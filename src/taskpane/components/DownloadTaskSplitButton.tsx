import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Template } from '../../core/template-schema';
import { linkedScoring, splitOf } from '../../core/task-split/task-split';
import { taskReport } from '../../core/task-split/task-report';
import { planSplitWorkbook } from '../../core/task-split/split-workbook-plan';
import { templateVersion } from '../../core/sheet-plan/template-version';
import { downloadFile } from '../download';

/** Browser mode: the task-split workbook (任务分解表, 单位名单, 单位索引, one sheet per unit) as a download. */
export function DownloadTaskSplitButton({ template, templates }: { template: Template; templates: ReadonlyMap<string, Template> }) {
  const [message, setMessage] = useState<string | null>(null);
  const lookup = (id: string) => templates.get(id);
  const split = splitOf(template, lookup);
  if (!split) return null;
  const download = async () => {
    const report = taskReport(split, null, linkedScoring(split, lookup));
    const plan = planSplitWorkbook(split, report, { templateVersion: templateVersion(template) });
    const { workbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-workbook');
    downloadFile(await workbookBytes(plan), `${template.title}任务分解表.xlsx`);
    setMessage(`已生成 ${plan.sheets.length} 个工作表。`);
  };
  return (
    <>
      <Button onClick={() => void download()}>下载任务分解表</Button>
      {message && (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
