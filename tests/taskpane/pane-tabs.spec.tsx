// @vitest-environment jsdom
/** Issue 13 points 1 and 2: the pane organised by task in tabs, a first run per role, the tab remembered. */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const templates = loadTemplateFiles().map((f) => ({ file: f.file, result: f.result }));

/**
 * Keyboard stops before `target` in document order: one per radio group and one per tab list (the
 * arrow keys move inside both: native radios, and Fluent's TabList, whose tabs are one Tab stop
 * through its tabster mover), none for disabled elements or tabindex −1.
 */
function tabStopsBefore(target: HTMLElement): number {
  const candidates = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
  const seenGroups = new Set<string>();
  let stops = 0;
  for (const element of candidates) {
    if (element === target) return stops;
    if ((element as HTMLButtonElement).disabled || element.tabIndex < 0 || element.closest('[hidden]')) continue;
    const group = element instanceof HTMLInputElement && element.type === 'radio' ? `radio:${element.name}` : element.getAttribute('role') === 'tab' ? 'tablist' : null;
    if (group) {
      if (seenGroups.has(group)) continue;
      seenGroups.add(group);
    }
    stops++;
  }
  throw new Error('target not found');
}

describe('the pane by task', () => {
  it('has four tabs under the title, 评分表 open in Excel and 模板 in a browser, each with its heading', () => {
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.id)).toEqual(['tab-templates', 'tab-scoring', 'tab-ranking', 'tab-tasks']);
    for (const name of ['模板', '评分表', '汇总排名', '任务分解']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '评分表' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '评分表' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '生成排名' })).toBeNull(); // not one long scroll
    cleanup();
    localStorage.clear();
    ui(<App templates={templates} operations={null} />);
    expect(screen.getByRole('tab', { name: '模板' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: '指标模板' })).toBeTruthy();
  });

  it('reaches 生成排名 in at most 10 Tab presses from the top, first-run card included', () => {
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    const stops = tabStopsBefore(screen.getByRole('button', { name: '生成排名' }));
    expect(screen.getByRole('group', { name: '如何开始' })).toBeTruthy();
    expect(stops + 1).toBeLessThanOrEqual(10);
  });

  it('opens the tab of the role chosen on the first-run card, then no longer shows the card and remembers the tab', () => {
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    const card = screen.getByRole('group', { name: '如何开始' });
    expect(card).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /我是组织单位/ }));
    expect(screen.getByRole('tab', { name: '汇总排名' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: '生成排名' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: '如何开始' })).toBeNull();
    cleanup();
    ui(<App templates={templates} operations={fakeWorkbook()} />);
    expect(screen.queryByRole('group', { name: '如何开始' })).toBeNull();
    expect(screen.getByRole('tab', { name: '汇总排名' }).getAttribute('aria-selected')).toBe('true');
  });

  it('links the first-run card to the 使用说明 page, and closes it for good', () => {
    ui(<App templates={templates} operations={null} />);
    expect(screen.getByRole('link', { name: '使用说明' }).getAttribute('href')).toBe('help.html');
    fireEvent.click(screen.getByRole('button', { name: '关闭“如何开始”' }));
    expect(screen.queryByRole('group', { name: '如何开始' })).toBeNull();
    cleanup();
    ui(<App templates={templates} operations={null} />);
    expect(screen.queryByRole('group', { name: '如何开始' })).toBeNull();
  });
});
