/** The member list: members.csv and 单位名单 rows, aliases, collectives and the inferred list. */
import { describe, expect, it } from 'vitest';
import { MemberDirectory } from '../../../src/core/task-split/assignments';
import { deriveMembers, membersCsv, membersFromRows, parseMembersCsv } from '../../../src/core/task-split/members';
import { liujiangMembers } from './support';

describe('members.csv', () => {
  it('reads 单位,类型,别名 with quotes, comments and aliases separated by 、', () => {
    const read = parseMembersCsv('\uFEFF# 示例\n单位,类型,别名\n区人力资源社会保障局,部门,区人社局、人社局\n"拉堡镇",镇,\n"区政府办,综合",部门,"区府办"\n\n');
    expect(read.issues).toEqual([]);
    expect(read.list).toEqual({
      derived: false,
      members: [
        { name: '区人力资源社会保障局', kind: '部门', aliases: ['区人社局', '人社局'] },
        { name: '拉堡镇', kind: '镇', aliases: [] },
        { name: '区政府办,综合', kind: '部门', aliases: ['区府办'] },
      ],
    });
  });

  it('guesses the kind when the column is empty, and accepts 乡/街道 as towns', () => {
    const read = parseMembersCsv('单位,类型\n某某镇,\n区教育局,\n某某街道,街道\n某某乡,乡');
    expect(read.list.members.map((m) => m.kind)).toEqual(['镇', '部门', '镇', '镇']);
  });

  it('round-trips through membersCsv', () => {
    const list = liujiangMembers().list;
    expect(parseMembersCsv(membersCsv(list)).list).toEqual(list);
  });

  it('the Liujiang example list names 21 departments and 10 towns, no problem', () => {
    const { list, issues } = liujiangMembers();
    expect(issues).toEqual([]);
    expect(list.members.filter((m) => m.kind === '部门')).toHaveLength(21);
    expect(list.members.filter((m) => m.kind === '镇').map((m) => m.name)).toContain('拉堡镇');
  });
});

describe('单位名单 sheet rows', () => {
  it('finds the header below a title row and ignores other columns', () => {
    const rows = [['单位名单（示例）', '', '', 'gov-eval|unit-list|v1|x|y'], ['单位', '类型', '别名', 'header'], ['区财政局', '部门', '', 'member:0'], ['', '', '', ''], ['拉堡镇', '镇', '', '']];
    expect(membersFromRows(rows).list.members.map((m) => m.name)).toEqual(['区财政局', '拉堡镇']);
  });
});

describe('MemberDirectory', () => {
  const directory = new MemberDirectory(liujiangMembers().list);

  it('matches names exactly, by alias, and after normalisation', () => {
    expect(directory.match('区财政局')).toMatchObject({ kind: 'member', how: 'exact', member: { name: '区财政局' } });
    expect(directory.match('区人社局')).toMatchObject({ kind: 'member', how: 'alias', member: { name: '区人力资源社会保障局' } });
    expect(directory.match('区财政 局')).toMatchObject({ kind: 'member', how: 'normalised', member: { name: '区财政局' } });
    expect(directory.match('区网信办')).toEqual({ kind: 'unknown' });
  });

  it('resolves 各镇 to the towns, 各单位 and 各有关部门 to the departments', () => {
    const of = (name: string) => {
      const match = directory.match(name);
      return match.kind === 'collective' ? match.members.map((m) => m.kind) : [];
    };
    expect(new Set(of('各镇'))).toEqual(new Set(['镇']));
    expect(of('各镇')).toHaveLength(10);
    expect(new Set(of('各单位'))).toEqual(new Set(['部门']));
    expect(of('各有关部门')).toHaveLength(21);
  });
});

describe('deriveMembers', () => {
  it('lists each unit once, collectives left out, towns by their name', () => {
    const list = deriveMembers(['区财政局', '各镇', '区财政局 ', '拉堡镇', '各单位']);
    expect(list).toEqual({ derived: true, members: [{ name: '区财政局', kind: '部门', aliases: [] }, { name: '拉堡镇', kind: '镇', aliases: [] }] });
  });
});
