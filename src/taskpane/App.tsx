import { useMemo, useState } from 'react';
import { Badge, Body1, Caption1, Dropdown, Option, Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { checkTemplate, leafCount } from '../core/template-checker';
import type { Template } from '../core/template-schema';
import type { BundledTemplate } from './bundled-templates';
import { TemplateReport } from './TemplateReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  templates: BundledTemplate[];
  /** The Office host, or null when the pane runs in a plain browser. */
  hostName: string | null;
}

export function App({ templates, hostName }: AppProps) {
  const styles = useStyles();
  const loaded = templates.flatMap((entry) => (entry.result.ok ? [entry.result.template] : []));
  const [selectedId, setSelectedId] = useState(loaded[0]?.id ?? '');
  const byId = useMemo(() => new Map(loaded.map((t) => [t.id, t])), [loaded]);
  const selected = byId.get(selectedId);
  const report = useMemo(() => (selected ? checkTemplate(selected, (id) => byId.get(id)) : null), [selected, byId]);
  const broken = templates.filter((entry) => !entry.result.ok);
  return (
    <main className={styles.root}>
      <Title3>政府网站绩效评估</Title3>
      <Caption1>{hostName ? `已连接 ${hostName}` : '当前在浏览器中运行（未连接 Excel）：可查看模板与校验结果。'}</Caption1>
      <Subtitle2 as="h2">指标模板</Subtitle2>
      <Dropdown
        aria-label="选择指标模板"
        value={selected ? optionText(selected) : ''}
        selectedOptions={[selectedId]}
        onOptionSelect={(_, data) => setSelectedId(data.optionValue ?? '')}
      >
        {loaded.map((t) => (
          <Option key={t.id} value={t.id} text={optionText(t)}>
            {optionText(t)}
          </Option>
        ))}
      </Dropdown>
      {broken.map((entry) => (
        <Body1 key={entry.file}>
          <Badge color="danger">无法读取</Badge> {entry.file}：{entry.result.ok ? '' : entry.result.issues[0]?.message}
        </Body1>
      ))}
      {selected && report && <TemplateReport template={selected} report={report} leaves={leafCount(selected)} />}
    </main>
  );
}

function optionText(template: Template): string {
  return `${template.title}（${template.edition ?? '年份不详'}）`;
}
