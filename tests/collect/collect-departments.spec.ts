/**
 * Department sheets collected: each planned from gx-2023-department and the department's profile
 * (附录1/附录2), found again from the marker's department name; a 不考核 department whose 重点信息 is
 * set 不适用 is finished without entries for it, and its weight goes to the other 主动公开 indicators.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { findDepartment, profileTemplate } from '../../src/core/department-profile';
import { parseTemplateJson } from '../../src/core/template-loader';
import type { DepartmentScopeTemplate, ScoringTemplate } from '../../src/core/template-schema';
import { expectedScores, fillWorkbook, leafRows, madeUpInputs } from './round-support';

function load<T>(id: string): T {
  const result = parseTemplateJson(readFileSync(join(__dirname, `../../indicators/${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(id);
  return result.template as T;
}

describe('collect: department sites scored by their own profiles', () => {
  it('recomputes each department with its profile, a 不考核 one without entries for 重点信息', { timeout: 120_000 }, async () => {
    const base = load<ScoringTemplate>('gx-2023-department');
    const scope = load<DepartmentScopeTemplate>('gx-2023-department-scope');
    const names = ['自治区发展改革委', '自治区科技厅'];
    const profiles = names.map((name) => {
      const found = findDepartment(scope, name);
      if (!found.ok) throw new Error(name);
      return profileTemplate(base, scope, found.department).template;
    });
    const [ndrc, science] = profiles;
    const ndrcInputs = madeUpInputs(ndrc, 0.8, 0);
    const scienceInputs = madeUpInputs(science, 0.7, 1);
    // 自治区科技厅: 重点领域 不考核 (附录1): the flag stays 是, nothing entered for 重点信息.
    const keyInfo = leafRows(science).find((leaf) => leaf.id === 'key-info');
    expect(keyInfo?.rows.some((row) => row.label.startsWith('不适用'))).toBe(true);
    scienceInputs.set('key-info', keyInfo?.rows.map((row) => (row.label.startsWith('不适用') ? '是' : null)) ?? []);

    const dir = mkdtempSync(join(tmpdir(), 'collect-dep-'));
    writeFileSync(join(dir, 'names.txt'), names.join('\n'));
    expect((await run(['workbook', 'gx-2023-department', '--departments', join(dir, 'names.txt'), '-o', join(dir, 'raw.xlsx')])).exitCode).toBe(0);
    const filled = await fillWorkbook(new Uint8Array(readFileSync(join(dir, 'raw.xlsx'))), [
      { sheet: names[0], inputs: ndrcInputs, evaluator: '张三', done: true },
      { sheet: names[1], inputs: scienceInputs, evaluator: '张三', done: true },
    ]);
    writeFileSync(join(dir, '部门.xlsx'), filled);
    const out = await run(['collect', join(dir, '部门.xlsx'), '--json']);
    const report = JSON.parse(out.stdout);
    expect(report.problems).toEqual([]);
    expect(out.exitCode).toBe(0);
    const sites = new Map<string, { total: number; complete: boolean; category: string }>(report.sites.map((s: { name: string }) => [s.name, s]));
    expect(sites.get(names[0])?.total).toBeCloseTo(expectedScores(ndrc, ndrcInputs).total, 6);
    expect(sites.get(names[1])?.total).toBeCloseTo(expectedScores(science, scienceInputs).total, 6);
    expect(expectedScores(science, scienceInputs).leaves.get('key-info')).toBe(0);
    expect([sites.get(names[0])?.complete, sites.get(names[1])?.complete]).toEqual([true, true]);
    expect(sites.get(names[0])?.category).toBe('自治区部门网站');
  });
});
