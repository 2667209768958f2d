// @vitest-environment jsdom
/** Issue 13 point 8: after switching template, the previous template's messages do not stay under the new one's buttons. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { fakeWorkbook } from './fake-operations';
import { ui } from './dom-setup';

const files = loadTemplateFiles().map((f) => ({ file: f.file, result: f.result }));

async function choose(title: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: '选择指标模板' }));
  fireEvent.click(await screen.findByRole('option', { name: title }));
}

describe('switching template', () => {
  it('clears the insert message of the template chosen before (Excel)', { timeout: 20_000 }, async () => {
    ui(<App templates={files} operations={fakeWorkbook()} />);
    await choose(/县（市、区）政府门户网站绩效评估指标/);
    fireEvent.change(screen.getByRole('textbox', { name: /网站名称/ }), { target: { value: '甲县\n' } });
    fireEvent.click(screen.getByRole('button', { name: '插入评分表' }));
    await screen.findByText(/已插入 1 个工作表/);
    await choose(/设区市政府门户网站绩效评估指标/);
    await waitFor(() => expect(screen.queryByText(/已插入 1 个工作表/)).toBeNull());
    expect((screen.getByRole('textbox', { name: /网站名称/ }) as HTMLTextAreaElement).value).toBe('');
  });
});
