/** `cli tasks`: the two JSON shapes, the report, the split workbook (checked in LibreOffice) and .xlsx read-back. */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { recalculateWorkbook, type Computed } from '../support/libreoffice';

const MEMBERS = join(__dirname, '../fixtures/task-split/liujiang-members.csv');
const dir = mkdtempSync(join(tmpdir(), 'cli-tasks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface UnitJson {
  unit: string;
  tasks: { path: string; role: string; via: string | null; column: string | null; requirement: string }[];
}
const unitJson = async (unit: string, source = 'liujiang-task-split'): Promise<UnitJson> => JSON.parse((await run(['tasks', source, '--members', MEMBERS, '--unit', unit, '--json'])).stdout);

describe('cli tasks --json', () => {
  it('prints {issues, units} with the keys in order, exit 1 while the report has errors', async () => {
    const output = await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '--json']);
    const report = JSON.parse(output.stdout);
    expect(Object.keys(report)).toEqual(['issues', 'units']);
    expect(Object.keys(report.units[0])).toEqual(['unit', 'kind', 'tasks', 'weight']);
    // Liujiang is linked to no scoring template (002 is an older system): no weights, no indicator coverage.
    expect(report.units).toContainEqual({ unit: '区信息中心', kind: '部门', tasks: 26, weight: null });
    expect(report.units).toContainEqual({ unit: '拉堡镇', kind: '镇', tasks: 11, weight: null });
    expect(report.issues.filter((i: { code: string }) => i.code.startsWith('indicator-'))).toEqual([]);
    expect(output.exitCode).toBe(report.issues.some((i: { severity: string }) => i.severity === 'error') ? 1 : 0);
    const blank = await run(['tasks', 'gx-2023-county', '--json']);
    const blankReport = JSON.parse(blank.stdout);
    expect(Object.keys(blankReport.issues[0])).toEqual(['severity', 'code', 'path', 'message']);
    expect(blankReport.units).toEqual([]);
    expect(blank.exitCode).toBe(1);
  });

  it('prints {unit, tasks: [{path, role, via, column, requirement}]} with --unit', async () => {
    const json = await unitJson('区财政局');
    expect(Object.keys(json)).toEqual(['unit', 'tasks']);
    expect(Object.keys(json.tasks[0])).toEqual(['path', 'role', 'via', 'column', 'requirement']);
    expect(json.tasks).toContainEqual({
      path: '发布解读 › 基础信息公开 › 财政预决算',
      role: 'owner',
      via: null,
      column: '财政预决算公开平台',
      requirement: '按年度发布本级政府及部门财政预算、决算报告、三公经费信息；',
    });
    expect(json.tasks.map((t) => t.path)).toEqual(expect.arrayContaining(['发布解读 › 公共资源配置领域公开 › 政府采购领域', '发布解读 › 公共资源配置领域公开 › 国有产权交易领域']));
    expect(json.tasks.find((t) => t.path === '功能设计 › 专题栏目')).toMatchObject({ role: 'assist', via: '各有关部门' });
  });

  it('finds a unit by its alias; an unknown unit exits 2', async () => {
    expect((await unitJson('区人社局')).unit).toBe('区人力资源社会保障局');
    const output = await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '--unit', '区网信办']);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toContain('区网信办');
  });

  it('works without a member list (inferred, with a warning) and for any scoring template', async () => {
    const inferred = JSON.parse((await run(['tasks', 'liujiang-task-split', '--json'])).stdout);
    expect(inferred.issues[0]).toMatchObject({ severity: 'warning', code: 'members-missing' });
    const blank = JSON.parse((await run(['tasks', 'gx-2023-county', '--json'])).stdout);
    expect(blank.issues.filter((i: { code: string }) => i.code === 'task-no-unit')).toHaveLength(43);
    expect(blank.issues.some((i: { code: string }) => i.code === 'indicator-missing')).toBe(false);
  });

  it('refuses a task split linked to a scoring template of another indicator system, as check reports it, writing nothing', async () => {
    const template = JSON.parse(readFileSync(join(__dirname, '../../indicators/liujiang-task-split.json'), 'utf8'));
    const file = join(dir, 'linked-wrong.json');
    writeFileSync(file, JSON.stringify({ ...template, linkedTemplate: 'gx-2023-county' }));
    const out = join(dir, 'linked-wrong.xlsx');
    const result = await run(['tasks', file, '--members', MEMBERS, '-o', out]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^模板 “liujiang-task-split” 不能据此生成任务分解：.*gx-2023-county/);
    expect(result.stdout).toContain('健康情况');
    expect(existsSync(out)).toBe(false);
    // The template as shipped (unlinked) still works.
    expect((await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '--json'])).exitCode).not.toBe(2);
  });

  it('prints a readable report and unit list; gives usage on bad arguments', async () => {
    const text = await run(['tasks', 'liujiang-task-split', '--members', MEMBERS]);
    expect(text.stdout).toContain('未发现问题。');
    expect(text.stdout).toContain('区财政局（部门）15 项，权重未知');
    expect(text.exitCode).toBe(0);
    const blank = await run(['tasks', 'gx-2023-county']);
    expect(blank.stdout).toContain('错误 [task-no-unit] 发布解读 › 主动公开 › 基础信息');
    expect(blank.exitCode).toBe(1);
    expect((await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '--unit', '区财政局'])).stdout).toContain('财政预决算（负责）');
    expect((await run(['tasks'])).exitCode).toBe(2);
    expect((await run(['tasks', 'liujiang-task-split', '--json', '-o', join(dir, 'x.xlsx')])).exitCode).toBe(2);
    expect((await run(['tasks', 'no-such-template'])).exitCode).toBe(2);
    expect((await run(['tasks', 'liujiang-task-split', '--members', join(dir, 'missing.csv')])).exitCode).toBe(2);
  });
});

const ROLE_TEXT: Record<string, string> = { owner: '负责', lead: '牵头', assist: '配合' };
const text = (computed: Computed | undefined) => (computed?.kind === 'text' ? computed.value : computed?.kind === 'blank' ? null : `(${computed?.kind})`);

describe('cli tasks -o: the split workbook', () => {
  const file = join(dir, 'split.xlsx');
  let written: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    written = await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '-o', file]);
  });

  it('writes 任务分解表, 单位名单, 单位索引 and one sheet per unit', () => {
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toContain('34 个工作表（任务分解表、单位名单、单位索引、区政府办');
  });

  it('opens in LibreOffice with the same tasks as the JSON, and index links that compute', async () => {
    const json = await unitJson('区财政局');
    const town = await unitJson('拉堡镇');
    const rows = (sheet: string, n: number) => Array.from({ length: n }, (_, i) => ['B', 'C', 'D', 'E'].map((c) => ({ sheet, address: `${c}${i + 4}` }))).flat();
    const wanted = [...rows('区财政局', json.tasks.length + 1), ...rows('拉堡镇', town.tasks.length), { sheet: '单位索引', address: 'E5' }, { sheet: '单位索引', address: 'A5' }, { sheet: '区财政局', address: 'G2' }];
    const results = await recalculateWorkbook(new Uint8Array(readFileSync(file)), wanted);
    const tasksOf = (sheet: string, n: number) =>
      Array.from({ length: n }, (_, i) => ['B', 'C', 'D', 'E'].map((c) => text(results.get(`${sheet}!${c}${i + 4}`))));
    const expected = (unit: UnitJson) => unit.tasks.map((t) => [t.path, expect.stringMatching(new RegExp(`^${ROLE_TEXT[t.role]}`)), t.via === null ? '直接' : `经“${t.via}”`, t.column]);
    expect(tasksOf('区财政局', json.tasks.length)).toEqual(expected(json));
    expect(tasksOf('拉堡镇', town.tasks.length)).toEqual(expected(town));
    expect(text(results.get(`区财政局!B${json.tasks.length + 4}`))).toBeNull(); // nothing after the last task
    expect(text(results.get('单位索引!A5'))).toBe('区财政局');
    expect(text(results.get('单位索引!E5'))).toBe('区财政局');
    expect(text(results.get('区财政局!G2'))).toBe('返回索引');
  }, 120_000);

  it('reads the workbook back: the same report, and the user’s 责任单位 edits', async () => {
    const fromTemplate = (await run(['tasks', 'liujiang-task-split', '--members', MEMBERS, '--json'])).stdout;
    expect((await run(['tasks', file, '--json'])).stdout).toBe(fromTemplate);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('任务分解表') as ExcelJS.Worksheet;
    let edited = 0;
    const responsible = (sheet.getRow(3).values as unknown[]).indexOf('责任单位'); // row values are 1-based, as columns
    sheet.eachRow((row) => {
      if ((row.values as unknown[]).includes('task:r18')) {
        row.getCell(responsible).value = '区住建局';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const editedFile = join(dir, 'edited.xlsx');
    writeFileSync(editedFile, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const report = JSON.parse((await run(['tasks', editedFile, '--json'])).stdout);
    expect(report.issues.filter((i: { code: string }) => i.code === 'task-no-unit')).toEqual([]);
    expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'unit-alias', path: '发布解读 › 重大建设项目批准和实施领域公开 › 项目竣工有关信息' }));
    const housing = JSON.parse((await run(['tasks', editedFile, '--unit', '区住房城乡建设局', '--json'])).stdout) as UnitJson;
    expect(housing.tasks.map((t) => t.path)).toContain('发布解读 › 重大建设项目批准和实施领域公开 › 项目竣工有关信息');
  });
});
