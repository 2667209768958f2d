/** Reading 责任单位 cells: every cell of the Liujiang table, then separators, roles, "——". */
import { describe, expect, it } from 'vitest';
import { parseResponsible, type Role } from '../../../src/core/task-split/responsible-parser';
import { isNotApplicable, normaliseName } from '../../../src/core/task-split/unit-names';
import { liujiangSplit, liujiangTemplate } from './support';

/** The cells whose units have roles and duties in phrases (`units` in the template holds the names only). */
const ODD_CELLS: Record<string, [string, Role, string | null][]> = {
  r56: [
    ['区信息中心', 'lead', null],
    ['各有关部门', 'assist', null],
  ],
  r57: [
    ['区信息中心', 'owner', '功能设计'],
    ['各镇', 'assist', '做好信息发布规范化'],
    ['各单位', 'assist', '做好信息发布规范化'],
  ],
};

describe('parseResponsible on every 责任单位 cell of the Liujiang template', () => {
  const rows = liujiangTemplate().rows;

  it('covers all 68 rows, two of them with roles in phrases', () => {
    expect(rows).toHaveLength(68);
    expect(rows.filter((row) => row.id in ODD_CELLS).map((row) => row.responsible)).toEqual([
      '区信息中心牵头，各有关部门配合',
      '区信息中心负责功能设计，各镇、各单位配合做好信息发布规范化',
    ]);
  });

  it.each(rows.map((row) => [row.id, row.responsible ?? '(空)', row] as const))('%s %s', (id, _cell, row) => {
    const parsed = parseResponsible(row.responsible);
    const expected = ODD_CELLS[id] ?? row.units.map((name): [string, Role, string | null] => [name, 'owner', null]);
    expect(parsed.entries.map((e) => [e.name, e.role, e.duty])).toEqual(expected);
    expect(parsed.entries.map((e) => e.name)).toEqual(row.units);
    expect(parsed.notApplicable).toBe(false);
  });

  it('reads the split cells: 健康情况 is "——" (not applicable), 项目竣工有关信息 has the unit of the merged cell above', () => {
    const split = liujiangSplit();
    const health = split.rows.find((row) => row.level1 === '健康情况');
    const completion = split.rows.find((row) => row.level3 === '项目竣工有关信息');
    expect(health?.responsible).toBe('——');
    expect(parseResponsible(health?.responsible)).toEqual({ notApplicable: true, entries: [] });
    expect(completion?.responsible).toBe('区住房城乡建设局');
    expect(split.rows.filter((row) => row.responsible === '')).toEqual([]);
  });
});

const names = (cell: string) => parseResponsible(cell).entries.map((e) => e.name);
const roles = (cell: string) => parseResponsible(cell).entries.map((e) => `${e.name}:${e.role}`);

describe('parseResponsible: separators', () => {
  it.each([
    ['区财政局、区统计局', ['区财政局', '区统计局']],
    ['区财政局，区统计局', ['区财政局', '区统计局']],
    ['区财政局,区统计局', ['区财政局', '区统计局']],
    ['区财政局;区统计局', ['区财政局', '区统计局']],
    ['区财政局；区统计局', ['区财政局', '区统计局']],
    ['区财政局/区统计局', ['区财政局', '区统计局']],
    ['区财政局\n区统计局\r\n区教育局', ['区财政局', '区统计局', '区教育局']],
    [' 区财政局 、、 区统计局 ', ['区财政局', '区统计局']],
    ['各镇、各单位', ['各镇', '各单位']],
  ])('%j', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it.each(['——', '—', '-', '－', ' —— ', '无', '不适用'])('%j means not applicable', (cell) => {
    expect(parseResponsible(cell)).toEqual({ notApplicable: true, entries: [] });
    expect(isNotApplicable(cell)).toBe(true);
  });

  it.each([null, undefined, '', '   '])('%j is an empty cell (no unit, not "——")', (cell) => {
    expect(parseResponsible(cell)).toEqual({ notApplicable: false, entries: [] });
  });
});

describe('parseResponsible: roles', () => {
  it.each([
    ['区信息中心牵头，各有关部门配合', ['区信息中心:lead', '各有关部门:assist']],
    ['区信息中心（牵头）、区行政审批局', ['区信息中心:lead', '区行政审批局:owner']],
    ['区政府办主办，区财政局协助', ['区政府办:lead', '区财政局:assist']],
    ['区信息中心、区行政审批局牵头；各镇配合', ['区信息中心:lead', '区行政审批局:lead', '各镇:assist']],
    ['区信息中心负责手机端;区行政审批局负责微信号', ['区信息中心:owner', '区行政审批局:owner']],
    ['区财政局', ['区财政局:owner']],
  ])('%j', (cell, expected) => {
    expect(roles(cell)).toEqual(expected);
  });

  it('keeps what follows the role word as the duty', () => {
    expect(parseResponsible('区信息中心负责手机端').entries[0]).toEqual({ name: '区信息中心', role: 'owner', duty: '手机端' });
  });
});

describe('normaliseName', () => {
  it('ignores spaces and character width, nothing else', () => {
    expect(normaliseName(' 区财政 局\u3000')).toBe('区财政局');
    expect(normaliseName('区１２３４５热线办（ＡＢ）')).toBe('区12345热线办(AB)');
    expect(normaliseName('区人社局')).not.toBe(normaliseName('区人力资源社会保障局'));
  });
});
