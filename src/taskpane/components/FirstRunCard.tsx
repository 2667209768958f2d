/**
 * The first run (issue 13 point 2): what to do first, per role, each opening its tab; dismissed for
 * good once a role is chosen or the card is closed (on this computer). The full round is described in
 * the 使用说明 page (help.html), linked here.
 */
import { useState } from 'react';
import { Body1, Button, Card, CardHeader, Link } from '@fluentui/react-components';
import { firstRunDone, markFirstRunDone, type PaneTab } from '../pane-tabs';

const ROLES: { label: string; hint: string; tab: PaneTab }[] = [
  { label: '我是评估人员', hint: '选择模板，插入评分表，逐项打分', tab: 'scoring' },
  { label: '我是组织单位', hint: '检查模板，汇总各网站得分，生成排名和通报', tab: 'ranking' },
  { label: '我是责任单位', hint: '在任务分解表中查看本单位负责的指标', tab: 'tasks' },
];

export function FirstRunCard({ onOpen }: { onOpen: (tab: PaneTab) => void }) {
  const [open, setOpen] = useState(() => !firstRunDone());
  if (!open) return null;
  const close = () => {
    markFirstRunDone();
    setOpen(false);
  };
  return (
    <Card aria-label="如何开始" size="small">
      <CardHeader
        header={<Body1 as="h2" style={{ fontWeight: 600, margin: 0 }}>如何开始</Body1>}
        action={
          <Button appearance="transparent" size="small" onClick={close} aria-label="关闭“如何开始”">
            ×
          </Button>
        }
      />
      {ROLES.map((role) => (
        <Button
          key={role.tab}
          appearance="secondary"
          onClick={() => {
            onOpen(role.tab);
            close();
          }}
          aria-description={role.hint}
        >
          {role.label}：{role.hint}
        </Button>
      ))}
      <Body1>
        完整流程见{' '}
        <Link href="help.html" target="_blank">
          使用说明
        </Link>
        。
      </Body1>
    </Card>
  );
}
