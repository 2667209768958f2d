// @vitest-environment jsdom
/** Issue 13 point 7: the outcome of an action reaches screen readers (an aria-live region), not only the screen. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { InsertScoringForm } from '../../src/taskpane/components/InsertScoringForm';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { fakeWorkbook } from './fake-operations';
import './dom-setup';

afterEach(cleanup);

const county = loadTemplateFiles()
  .flatMap(({ result }) => (result.ok ? [result.template] : []))
  .find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

describe('screen-reader announcements', () => {
  it('announces the insert result in an aria-live region', async () => {
    render(
      <PaneRoot>
        <InsertScoringForm template={county} operations={fakeWorkbook()} onInserted={() => undefined} />
      </PaneRoot>,
    );
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '甲县\n' } });
    fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
    await screen.findByText(/已插入 1 个工作表/, { selector: '.fui-MessageBarBody, .fui-MessageBarBody *' });
    await waitFor(() => {
      // Fluent writes the message with innerText, which jsdom keeps as a plain property.
      const live = [...document.querySelectorAll('[aria-live] span')].map((node) => (node as HTMLElement).innerText ?? node.textContent ?? '').join(' ');
      expect(live).toMatch(/已插入 1 个工作表/);
    });
  });
});
