/**
 * The pane's tabs, and the one last open: in Excel kept in the workbook (document settings), so a
 * scoring workbook opens on 评分表 and the office's summary workbook on 汇总排名; in a browser in
 * localStorage on this computer. Nothing leaves the machine either way.
 */
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

/** Where the last open tab is kept. */
export interface TabStore {
  read(): PaneTab | null;
  write(tab: PaneTab): void;
}

export const localTabStore: TabStore = { read: rememberedTab, write: rememberTab };

/**
 * The part of Office.Settings (Office.context.document.settings) the pane uses. Microsoft's reference
 * (https://learn.microsoft.com/javascript/api/office/office.settings): settings are "saved per add-in
 * and per document"; `set` changes only the in-memory copy loaded with the document, and "the
 * developer is responsible for calling the saveAsync method ... to save the settings in the
 * document" (they then travel with the workbook when the user saves it).
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export const TAB_SETTING = 'gov-eval.pane-tab';

/** The tab kept in the workbook's add-in settings; a failed save only loses the memory of the tab. */
export function documentTabStore(settings: DocumentSettings): TabStore {
  return {
    read() {
      let value: unknown;
      try {
        value = settings.get(TAB_SETTING);
      } catch {
        return null;
      }
      return PANE_TABS.some((t) => t.id === value) ? (value as PaneTab) : null;
    },
    write(tab) {
      try {
        settings.set(TAB_SETTING, tab);
        settings.saveAsync(() => undefined);
      } catch {
        // Settings refused (a read-only document): the pane goes on without remembering.
      }
    },
  };
}
