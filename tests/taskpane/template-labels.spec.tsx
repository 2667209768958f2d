// @vitest-environment jsdom
/** Issue 13 point 6: templates named by area, kind of site and year; ids and file names only under 详细信息. */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { App } from '../../src/taskpane/App';
import { templateLabel } from '../../src/taskpane/template-groups';
import { ui } from './dom-setup';

const files = loadTemplateFiles();
const templates = files.flatMap(({ result }) => (result.ok ? [result.template] : []));
const label = (id: string) => templateLabel(templates.find((t) => t.id === id)!);

describe('template names', () => {
  it('names each template by issuing area, kind of site and year, all different', () => {
    expect(label('gx-2023-department')).toBe('广西 · 自治区部门网站（2023）');
    expect(label('gx-department-earlier')).toBe('广西 · 自治区部门网站（早期版本）');
    expect(label('xianning-2023-department')).toBe('咸宁 · 市直部门网站（2023）');
    expect(label('gx-2023-county')).toBe('广西 · 县（市、区）政府门户网站（2023）');
    const labels = templates.map(templateLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('shows no id or source file name in the pane until 详细信息 is opened', async () => {
    ui(<App templates={files.map((f) => ({ file: f.file, result: f.result }))} operations={null} />);
    fireEvent.click(screen.getByRole('combobox', { name: '选择指标模板' }));
    fireEvent.click(await screen.findByRole('option', { name: /广西 · 县（市、区）政府门户网站（2023）/ }));
    const details = screen.getByText(/（详细信息）/).closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('gx-2023-county');
    // Outside the closed disclosure: neither the id nor the hashed source file name.
    const outside = document.body.textContent!.replace(details.textContent!, '');
    expect(outside).not.toContain('gx-2023-county');
    expect(outside).not.toMatch(/000_[0-9a-f]+\.txt/);
  });
});
