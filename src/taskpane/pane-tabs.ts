/** The pane's tabs, and the one last open on this computer (localStorage; nothing leaves the machine). */
export type PaneTab = 'templates' | 'scoring' | 'ranking' | 'tasks';

export const PANE_TABS: readonly { id: PaneTab; label: string; heading: string }[] = [
  { id: 'templates', label: '模板', heading: '指标模板' },
  { id: 'scoring', label: '评分表', heading: '评分表' },
  { id: 'ranking', label: '汇总排名', heading: '汇总排名' },
  { id: 'tasks', label: '任务分解', heading: '任务分解' },
];

const TAB_KEY = 'gov-eval.pane-tab';
export const FIRST_RUN_KEY = 'gov-eval.first-run-done';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage refused (privacy settings): the pane works without remembering
  }
}

export function rememberedTab(): PaneTab | null {
  const value = storage()?.getItem(TAB_KEY);
  return PANE_TABS.some((t) => t.id === value) ? (value as PaneTab) : null;
}

export function rememberTab(tab: PaneTab): void {
  storage()?.setItem(TAB_KEY, tab);
}

export function firstRunDone(): boolean {
  return storage()?.getItem(FIRST_RUN_KEY) === '1';
}

export function markFirstRunDone(): void {
  storage()?.setItem(FIRST_RUN_KEY, '1');
}
