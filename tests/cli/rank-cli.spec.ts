import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

const fixtures = join(__dirname, '../fixtures/ranking');
const temp = mkdtempSync(join(tmpdir(), 'rank-cli-'));

/** What every valid.* fixture holds: the same five sites in different encodings, separators and headers. */
const FIVE_SITES = {
  policy: { tie: 'competition', decimals: 2, passLine: 60 },
  overall: { count: 5, passed: 3, passRate: 60 },
  groups: [
    {
      category: 'A类',
      count: 3,
      passed: 3,
      passRate: 100,
      rows: [
        { rank: 1, tied: false, name: '自治区人民政府门户网站', url: 'http://www.gxzf.gov.cn', score: 96.13, passed: true, previousRank: null, rankChange: null },
        { rank: 2, tied: true, name: '南宁市人民政府门户网站', url: 'http://www.nanning.gov.cn', score: 88.18, passed: true, previousRank: null, rankChange: null },
        { rank: 2, tied: true, name: '柳州市人民政府门户网站', url: 'http://www.liuzhou.gov.cn', score: 88.18, passed: true, previousRank: null, rankChange: null },
      ],
    },
    {
      category: 'B类',
      count: 2,
      passed: 0,
      passRate: 0,
      rows: [
        { rank: 1, tied: false, name: '梧州市人民政府门户网站', url: 'http://www.wuzhou.gov.cn', score: 72, passed: false, previousRank: null, rankChange: null },
        { rank: 2, tied: false, name: '桂林市人民政府门户网站', url: 'http://www.guilin.gov.cn', score: 58.5, passed: false, previousRank: null, rankChange: null },
      ],
    },
  ],
  belowPassLine: [
    { category: 'B类', name: '梧州市人民政府门户网站', score: 72 },
    { category: 'B类', name: '桂林市人民政府门户网站', score: 58.5 },
  ],
};

describe('cli rank: fixture files', () => {
  const files = readdirSync(fixtures).filter((file) => /^(valid|invalid)\./.test(file));

  it.each(files.filter((file) => file.startsWith('valid.')))('%s gives the five-site ranking', async (file) => {
    const output = await run(['rank', join(fixtures, file), '--json']);
    expect(output.stderr).toBeUndefined();
    expect(output.exitCode).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual(FIVE_SITES);
  });

  it.each(files.filter((file) => file.startsWith('invalid.')))('%s fails with a Chinese message', async (file) => {
    const output = await run(['rank', join(fixtures, file), '--json']);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toMatch(/未找到表头/);
  });

  it('prints keys exactly in the published order', async () => {
    const json = JSON.parse((await run(['rank', join(fixtures, 'valid.gbk.csv'), '--json'])).stdout);
    expect(Object.keys(json)).toEqual(['policy', 'overall', 'groups', 'belowPassLine']);
    expect(Object.keys(json.policy)).toEqual(['tie', 'decimals', 'passLine']);
    expect(Object.keys(json.overall)).toEqual(['count', 'passed', 'passRate']);
    expect(Object.keys(json.groups[0])).toEqual(['category', 'count', 'passed', 'passRate', 'rows']);
    expect(Object.keys(json.groups[0].rows[0])).toEqual(['rank', 'tied', 'name', 'url', 'score', 'passed', 'previousRank', 'rankChange']);
    expect(Object.keys(json.belowPassLine[0])).toEqual(['category', 'name', 'score']);
  });

  it('reads a GBK file made on the fly, as Chinese Excel saves CSV', async () => {
    const file = join(temp, 'gbk.csv');
    writeFileSync(file, iconv.encode('网站名称,得分\r\n钦州市人民政府门户网站,91.5\r\n北海市人民政府门户网站,91.50\r\n', 'gbk'));
    const json = JSON.parse((await run(['rank', file, '--json', '--tie', 'dense'])).stdout);
    expect(json.groups[0].rows.map((r: { name: string; rank: number }) => [r.name, r.rank])).toEqual([
      ['钦州市人民政府门户网站', 1],
      ['北海市人民政府门户网站', 1],
    ]);
  });
});

describe('cli rank: options, previous year, problems', () => {
  const write = (name: string, text: string) => {
    const file = join(temp, name);
    writeFileSync(file, text);
    return file;
  };

  it('compares with --previous and prints the text report and notice without --json', async () => {
    const current = write('now.csv', '单位名称,总分\n甲,90\n乙,80\n丙,50\n');
    const before = write('before.csv', '单位名称,总分\n乙,95\n甲,70\n丙,40\n');
    const json = JSON.parse((await run(['rank', current, '--previous', before, '--json'])).stdout);
    expect(json.groups[0].rows.map((r: { previousRank: number; rankChange: number }) => [r.previousRank, r.rankChange])).toEqual([
      [2, 1],
      [1, -1],
      [3, 0],
    ]);
    const text = await run(['rank', current, '--previous', before, '--pass', '85']);
    expect(text.stdout).toContain('第1名  甲  90.00');
    expect(text.stdout).toContain('评估结果显示，全区政府网站合格率为33.33%，与上年持平。');
  });

  it('reports bad rows on stderr, keeps stdout valid JSON, and exits 1', async () => {
    const file = write('bad.csv', '单位名称,总分\n甲,90\n,80\n乙,缺考\n甲,70\n');
    const output = await run(['rank', file, '--json']);
    expect(output.exitCode).toBe(1);
    expect(JSON.parse(output.stdout).overall.count).toBe(1);
    expect(output.stderr?.split('\n')).toEqual([
      '错误 [ranking-no-name] 第 3 行：没有单位名称，未参加排名。',
      '错误 [ranking-bad-score] 第 4 行：“乙”的总分 “缺考” 不是数字，未参加排名。',
      '错误 [ranking-duplicate-name] 第 5 行：“甲”重复出现（首次出现在第 2 行），此行未参加排名。',
    ]);
  });

  it.each([
    [['--tie', 'olympic'], /--tie 只能是/],
    [['--decimals', '1.5'], /--decimals 的值 “1.5” 无效/],
    [['--pass', 'abc'], /--pass 的值 “abc” 无效/],
  ])('refuses %j with usage and exit code 2', async (options, message) => {
    const output = await run(['rank', join(fixtures, 'valid.english.csv'), ...options]);
    expect(output.exitCode).toBe(2);
    expect(output.stdout).toMatch(message);
    expect(output.stdout).toContain('用法：gov-eval rank');
  });

  it('says so when the file is missing or not given', async () => {
    expect(await run(['rank', join(temp, 'none.csv')])).toMatchObject({ exitCode: 1, stdout: expect.stringContaining('无法读取文件') });
    expect((await run(['rank'])).exitCode).toBe(2);
  });
});
