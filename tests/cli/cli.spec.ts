import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

const fixture = (name: string) => join(__dirname, '../fixtures/templates', name);

describe('cli check', async () => {
  it('prints exactly {template, totals, issues} with --json and exits 0 without errors', async () => {
    const output = await run(['check', 'gx-2023-city', '--json']);
    const report = JSON.parse(output.stdout);
    expect(Object.keys(report)).toEqual(['template', 'totals', 'issues']);
    expect(report.template).toBe('gx-2023-city');
    expect(report.totals).toEqual({ base: 100, bonus: 16, deduction: 14 });
    expect(Object.keys(report.issues[0])).toEqual(['severity', 'code', 'path', 'message']);
    expect(output.exitCode).toBe(0);
  });

  it('exits 1 when the template has errors (Xianning lost weights)', async () => {
    const output = await run(['check', 'xianning-2023-department']);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toContain('错误 [weight-missing] 办事服务 › 查询服务');
  });

  it('checks a template file given by path', async () => {
    expect((await run(['check', fixture('valid.basic.json')])).exitCode).toBe(0);
    const broken = await run(['check', fixture('invalid.schema.json'), '--json']);
    expect(broken.exitCode).toBe(1);
    expect(JSON.parse(broken.stdout).issues[0]).toMatchObject({ severity: 'error', code: 'schema' });
  });

  it('says in Chinese which templates exist when the id is unknown', async () => {
    const output = await run(['check', 'no-such-template']);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toContain('未找到模板');
    expect(output.stdout).toContain('gx-2023-county');
  });

  it('gives usage for an unknown command', async () => {
    const output = await run(['frobnicate']);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toContain('未知命令');
  });
});

describe('cli templates', async () => {
  it('lists every template with id, title, year, leaf count and totals', async () => {
    const output = await run(['templates', '--json']);
    const rows = JSON.parse(output.stdout) as { id: string; year: number | null; leaves: number; totals: unknown }[];
    expect(rows.map((row) => row.id)).toContain('gx-2023-department');
    const department = rows.find((row) => row.id === 'gx-2023-department');
    expect(department).toMatchObject({ year: 2023, totals: { base: 100, bonus: 16, deduction: 14 } });
    expect(department?.leaves).toBeGreaterThan(20);
    expect(output.exitCode).toBe(0);
  });

  it('prints a readable line per template without --json', async () => {
    const output = await run(['templates']);
    expect(output.stdout.split('\n').length).toBe(7);
    expect(output.stdout).toContain('基础分 100 / 加分 16 / 扣分 14');
  });
});
