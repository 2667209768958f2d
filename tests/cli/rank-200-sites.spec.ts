/**
 * `cli rank --json` on 200 generated sites in four categories, checked against expectations computed
 * here with a different, plain algorithm: scores as integer thousandths, rounded to hundredths with
 * integer arithmetic, rank = 1 + the number of sites in the category with a strictly higher score.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

const CATEGORIES = ['区直/中直单位 A类', '区直/中直单位 B类', '设区市', '县（市、区）'];

interface Site {
  index: number;
  category: string;
  name: string;
  url: string;
  thousandths: number;
  veto: boolean;
}

/** A fixed linear congruential generator: the same 200 sites on every run. */
function generateSites(count: number): Site[] {
  let seed = 20240601;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 16; // the high bits: an LCG's low bits repeat with a short period
  };
  const tricky = [88175, 88180, 59995, 59994, 60000, 95000]; // ties after rounding, the pass line
  return Array.from({ length: count }, (_, index) => {
    const category = CATEGORIES[next() % 4];
    const pick = next() % 5 === 0 ? tricky[next() % tricky.length] : 40000 + (next() % 121) * 500;
    return { index, category, name: `网站${String(index + 1).padStart(3, '0')}`, url: index % 7 === 0 ? '' : `http://site${index}.gov.cn`, thousandths: pick, veto: index % 37 === 5 };
  });
}

const decimalText = (thousandths: number) => `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;

function csvOf(sites: Site[]): string {
  // The rank column holds nonsense: it must be ignored.
  const lines = sites.map((s) => [999 - s.index, s.category, s.name, s.url, decimalText(s.thousandths), s.veto ? '是' : ''].join(','));
  return ['名次,类别,单位名称,网址,总分,否决', ...lines].join('\n');
}

/** Half-up rounding of thousandths to hundredths, in integers (all scores are positive). */
const hundredths = (site: Site) => Math.floor((site.thousandths + 5) / 10);
/** passed / count as percent hundredths, half up: floor(x + 1/2) with x = passed·10000 / count. */
const rateHundredths = (passed: number, count: number) => Math.floor((2 * passed * 10000 + count) / (2 * count));

function expectedGroups(sites: Site[]) {
  const order = [...new Set(sites.map((s) => s.category))];
  return order.map((category) => {
    const members = sites.filter((s) => s.category === category);
    const rows = members
      .map((site) => {
        const h = hundredths(site);
        return {
          site,
          rank: 1 + members.filter((other) => hundredths(other) > h).length,
          tied: members.filter((other) => hundredths(other) === h).length > 1,
          passed: !site.veto && h >= 6000,
        };
      })
      .sort((a, b) => a.rank - b.rank || a.site.index - b.site.index);
    const passed = rows.filter((r) => r.passed).length;
    return { category, rows, count: rows.length, passed };
  });
}

describe('cli rank --json on 200 sites in four categories', async () => {
  const sites = generateSites(200);
  const file = join(mkdtempSync(join(tmpdir(), 'rank-200-')), 'sites.csv');
  writeFileSync(file, csvOf(sites));
  const output = await run(['rank', file, '--json']);
  const json = JSON.parse(output.stdout);
  const expected = expectedGroups(sites);

  it('exits 0 and has all four categories in order of first appearance', () => {
    expect(output.exitCode).toBe(0);
    expect(json.groups.map((g: { category: string }) => g.category)).toEqual(expected.map((g) => g.category));
    expect(json.groups).toHaveLength(4);
    expect(expected.every((group) => group.count >= 30)).toBe(true);
    expect(json.overall.count).toBe(200);
  });

  it('gives every site its rank, tie flag, rounded score and pass status, rows in rank then input order', () => {
    expected.forEach((group, g) => {
      const actual = json.groups[g].rows;
      expect(actual.map((r: { name: string }) => r.name)).toEqual(group.rows.map((r) => r.site.name));
      group.rows.forEach((row, i) => {
        expect(actual[i]).toEqual({
          rank: row.rank,
          tied: row.tied,
          name: row.site.name,
          url: row.site.url || null,
          score: hundredths(row.site) / 100,
          passed: row.passed,
          previousRank: null,
          rankChange: null,
        });
      });
    });
    const ties = json.groups.flatMap((g: { rows: { tied: boolean }[] }) => g.rows).filter((r: { tied: boolean }) => r.tied);
    expect(ties.length).toBeGreaterThan(20); // the generator makes plenty of ties
  });

  it('gives the pass rates per category and overall', () => {
    expected.forEach((group, g) => {
      expect(json.groups[g]).toMatchObject({ count: group.count, passed: group.passed, passRate: rateHundredths(group.passed, group.count) / 100 });
    });
    const passed = expected.reduce((total, group) => total + group.passed, 0);
    expect(json.overall).toEqual({ count: 200, passed, passRate: rateHundredths(passed, 200) / 100 });
  });

  it('lists the sites below the pass line or vetoed, category by category in rank order', () => {
    const below = expected.flatMap((group) => group.rows.filter((r) => !r.passed).map((r) => ({ category: group.category, name: r.site.name, score: hundredths(r.site) / 100 })));
    expect(json.belowPassLine).toEqual(below);
    expect(below.some((b) => b.score >= 60)).toBe(true); // a vetoed site above the line is listed too
  });
});
