// @vitest-environment jsdom
/**
 * Issue 13: in Excel the last tab is kept in the workbook (Office.Settings), and the pane follows the
 * Office theme (Office.context.officeTheme). The fake settings keep Microsoft's documented rules
 * (https://learn.microsoft.com/javascript/api/office/office.settings): per document; loaded into an
 * in-memory copy when the add-in starts; `set` changes that copy only; `saveAsync` writes it to the
 * document — so a tab set without saveAsync is gone when the workbook is opened again.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { documentTabStore, type DocumentSettings } from '../../src/taskpane/pane-tabs';
import { officeTheme, paneThemeName } from '../../src/taskpane/office-theme';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const templates = loadTemplateFiles().map((f) => ({ file: f.file, result: f.result }));

/** A workbook's stored settings, and a session of the add-in on it. */
class FakeDocument {
  stored: Record<string, unknown> = {};
  open(): DocumentSettings {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(this.stored));
    return {
      // Office.Settings.get returns null for a setting that does not exist.
      get: (name) => (name in copy ? copy[name] : null),
      set: (name, value) => {
        if (typeof name !== 'string' || name === '') throw new Error('Settings.set: name must be a non-empty string');
        copy[name] = JSON.parse(JSON.stringify(value));
      },
      saveAsync: (callback) => {
        this.stored = JSON.parse(JSON.stringify(copy));
        queueMicrotask(() => callback?.({ status: 'succeeded' }));
      },
    };
  }
}

const selectedTab = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;

describe('the tab kept in the workbook in Excel', () => {
  it('opens each workbook on its own last tab, and leaves localStorage alone', () => {
    const summary = new FakeDocument();
    const scoring = new FakeDocument();
    ui(<App templates={templates} operations={fakeWorkbook()} tabStore={documentTabStore(summary.open())} />);
    expect(selectedTab()).toBe('评分表');
    fireEvent.click(screen.getByRole('tab', { name: '汇总排名' }));
    cleanup();
    expect(localStorage.getItem('gov-eval.pane-tab')).toBeNull();

    ui(<App templates={templates} operations={fakeWorkbook()} tabStore={documentTabStore(summary.open())} />);
    expect(selectedTab()).toBe('汇总排名');
    cleanup();
    ui(<App templates={templates} operations={fakeWorkbook()} tabStore={documentTabStore(scoring.open())} />);
    expect(selectedTab()).toBe('评分表');
  });

  it('ignores a value it did not write and a settings object that throws', () => {
    const document = new FakeDocument();
    document.stored['gov-eval.pane-tab'] = '=HYPERLINK("x")';
    expect(documentTabStore(document.open()).read()).toBeNull();
    const broken: DocumentSettings = {
      get: () => {
        throw new Error('not loaded');
      },
      set: () => {
        throw new Error('read-only');
      },
      saveAsync: () => undefined,
    };
    expect(documentTabStore(broken).read()).toBeNull();
    expect(() => documentTabStore(broken).write('ranking')).not.toThrow();
  });
});

describe('the Office theme', () => {
  it.each([
    ['no theme (a browser, Excel on Android)', undefined, 'light'],
    ['isDarkTheme true', { isDarkTheme: true, bodyBackgroundColor: '#262626' }, 'dark'],
    ['isDarkTheme false', { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' }, 'light'],
    ['Black, from its colours only', { bodyBackgroundColor: '#262626' }, 'dark'],
    ['Dark Gray, from its colours only', { bodyBackgroundColor: '#444444' }, 'dark'],
    ['Colorful', { bodyBackgroundColor: '#E6E6E6' }, 'light'],
    ['White', { bodyBackgroundColor: '#FFFFFF' }, 'light'],
    ['isDarkTheme as a method (older example), colours decide', { isDarkTheme: () => true, bodyBackgroundColor: '#1F1F1F' }, 'dark'],
    ['an unreadable colour', { bodyBackgroundColor: 'black' }, 'light'],
  ])('%s → %s', (_, theme, expected) => {
    expect(paneThemeName(theme)).toBe(expected);
  });

  it('reads Office.context.officeTheme without throwing when Office gives none', () => {
    expect(officeTheme(undefined)).toBeNull();
    expect(officeTheme({ context: {} })).toBeNull();
    const theme = { bodyBackgroundColor: '#262626' };
    expect(officeTheme({ context: { officeTheme: theme } })).toBe(theme);
    const throwing = {
      get context(): never {
        throw new Error('Office not initialised');
      },
    };
    expect(officeTheme(throwing)).toBeNull();
  });

  it('renders the pane in Fluent’s dark theme when Office’s is dark', () => {
    const { container } = render(<PaneRoot theme="dark">x</PaneRoot>);
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    const provider = container.firstElementChild as HTMLElement;
    const classes = [...provider.classList];
    // Fluent writes the theme's tokens as CSS variables on a class of the provider.
    const rule = css.split('\n').find((r) => classes.some((c) => r.includes(`.${c}`)) && r.includes('--colorNeutralBackground1:'));
    expect(rule).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(rule).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`);
  });
});
