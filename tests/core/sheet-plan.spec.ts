/** The scoring sheet plan of every scoring template: structure, keys, formulas of subtotals and totals. */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { COL, HEADER_ROW, planScoringSheet } from '../../src/core/sheet-plan/scoring-sheet-plan';
import { scoringUnits } from '../../src/core/sheet-plan/scoring-units';
import { parseRowKey, parseSheetMarker } from '../../src/core/sheet-plan/sheet-keys';
import { planScoringWorkbook, parseSiteList } from '../../src/core/sheet-plan/workbook-plan';
import { uniqueSheetName } from '../../src/core/sheet-plan/sheet-names';
import { parseAddress } from '../../src/core/sheet-plan/addresses';
import { leaves, partTotals } from '../../src/core/indicator-tree';
import type { SheetPlan } from '../../src/core/sheet-plan/plan-types';

const scoringTemplates = loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.kind === 'scoring' ? [result.template] : []));

const keyAt = (plan: SheetPlan, row: number) => plan.cells[row]?.[COL.key]?.value;
const cellAt = (plan: SheetPlan, a1: string) => {
  const [row, column] = parseAddress(a1);
  return plan.cells[row]?.[column];
};

/** The cells a merge covers, to check that no two merges overlap. */
function mergedCells(range: string): string[] {
  const [start, end] = range.split(':');
  const [r1, c1] = parseAddress(start);
  const [r2, c2] = parseAddress(end);
  const cells: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(`${r},${c}`);
  return cells;
}

describe.each(scoringTemplates.map((t) => [t.id, t] as [string, ScoringTemplate]))('scoring sheet of %s', (_, template) => {
  for (const mode of ['gov', 'portable'] as const) {
    const layout = planScoringSheet(template, { site: '测试网站', sheetName: '测试网站', mode });
    const { plan } = layout;

    it(`(${mode}) marks itself and keys every indicator row`, () => {
      expect(parseSheetMarker(keyAt(plan, 0))).toMatchObject({ kind: 'scoring', templateId: template.id });
      expect(keyAt(plan, HEADER_ROW)).toBe('header');
      const inputKeys = plan.cells.map((_, r) => parseRowKey(keyAt(plan, r))).filter((k) => k?.kind === 'input');
      const leafIds = new Set(inputKeys.map((k) => (k?.kind === 'input' ? k.leafId : '')));
      expect(leafIds).toEqual(new Set(leaves(template).map(({ node }) => node.id)));
      expect(plan.columns[COL.key].hidden).toBe(true);
    });

    it(`(${mode}) has a score formula on the first row of every leaf`, () => {
      for (const leaf of layout.leaves) {
        expect(plan.cells[leaf.firstRow][COL.score]?.formula, leaf.leafId).toBeTruthy();
        if (mode === 'portable') expect(plan.cells[leaf.firstRow][COL.score]?.formula).not.toContain('GOV.');
      }
    });

    it(`(${mode}) sums each unit's rows in its subtotal and the subtotals in the totals`, () => {
      const units = scoringUnits(template);
      let start = HEADER_ROW + 1;
      layout.units.forEach((unit, i) => {
        expect(unit.id).toBe(units[i].node.id);
        expect(cellAt(plan, `I${unit.row + 1}`)?.formula).toBe(`SUM(I${start + 1}:I${unit.row})`);
        start = unit.row + 1;
      });
      const refs = (part: string) => layout.units.filter((u) => u.part === part).map((u) => `I${u.row + 1}`).join(',');
      const stated = partTotals(template);
      expect(cellAt(plan, `I${layout.totals.base + 1}`)?.formula).toBe(`SUM(${refs('base')})`);
      if (refs('bonus')) expect(cellAt(plan, `I${layout.totals.bonus + 1}`)?.formula).toBe(`MIN(SUM(${refs('bonus')}),${stated.bonus})`);
      if (refs('deduction')) expect(cellAt(plan, `I${layout.totals.deduction + 1}`)?.formula).toBe(`MIN(SUM(${refs('deduction')}),${stated.deduction})`);
      const t = layout.totals;
      expect(cellAt(plan, `I${t.total + 1}`)?.formula).toBe(`I${t.base + 1}+I${t.bonus + 1}-I${t.deduction + 1}`);
      expect(cellAt(plan, `D${t.base + 1}`)?.value).toBe(stated.base);
    });

    it(`(${mode}) never merges a cell twice and validates only 录入 cells`, () => {
      const seen = new Set<string>();
      for (const range of plan.merges) {
        for (const cell of mergedCells(range)) {
          expect(seen.has(cell), `${range} overlaps`).toBe(false);
          seen.add(cell);
        }
      }
      for (const { range } of plan.validations) expect(range === 'J2' || range.startsWith('H')).toBe(true);
    });
  }

  it('lays out the same structure in both modes', () => {
    const gov = planScoringSheet(template, { site: 'x', sheetName: 'x', mode: 'gov' }).plan;
    const portable = planScoringSheet(template, { site: 'x', sheetName: 'x', mode: 'portable' }).plan;
    expect(portable.cells.length).toBe(gov.cells.length);
    expect(portable.merges).toEqual(gov.merges);
    expect(portable.cells.map((_, r) => keyAt(portable, r))).toEqual(gov.cells.map((_, r) => keyAt(gov, r)));
  });
});

describe('the county sheet in detail (seed 000 section 三)', () => {
  const county = scoringTemplates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;
  const layout = planScoringSheet(county, { site: '某县政府门户网站', sheetName: '某县', mode: 'gov' });

  it('is titled as the document names the system', () => {
    expect(layout.plan.cells[0][0]?.value).toBe('2023年县（市、区）政府门户网站绩效评估评分表');
    expect(cellAt(layout.plan, 'B2')?.value).toBe('某县政府门户网站');
  });

  it('scores 日常监管 with GOV.NEWMEDIA_SUPERVISION over its N and M rows and its weight', () => {
    const leaf = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === '日常监管'));
    if (!leaf) throw new Error('日常监管 missing');
    const r = leaf.firstRow + 1;
    expect(layout.plan.cells[leaf.firstRow][COL.score]?.formula).toBe(
      `GOV.NEWMEDIA_SUPERVISION(IF(ISBLANK(H${r}),"",H${r}),IF(ISBLANK(H${r + 1}),"",H${r + 1}),IF(ISBLANK(D${r}),"",D${r}))`,
    );
    expect(leaf.lastRow - leaf.firstRow).toBe(1);
  });

  it('caps 安全事件 at 3 as the text says, and at its weight 4 in all', () => {
    const leaf = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === '安全事件'));
    if (!leaf) throw new Error('安全事件 missing');
    const r = leaf.firstRow + 1;
    expect(layout.plan.cells[leaf.firstRow][COL.score]?.formula).toBe(
      `MIN(GOV.CAPPED_DEDUCTION(IF(ISBLANK(H${r}:H${r + 1}),"",H${r}:H${r + 1}),IF(ISBLANK(G${r}:G${r + 1}),"",G${r}:G${r + 1}),3),ABS(D${r}))`,
    );
    expect([layout.plan.cells[leaf.firstRow][COL.param]?.value, layout.plan.cells[leaf.firstRow + 1][COL.param]?.value]).toEqual([1.5, 1]);
  });
});

describe('Xianning splits', () => {
  const xianning = scoringTemplates.find((t) => t.id === 'xianning-2023-department') as ScoringTemplate;
  const layout = planScoringSheet(xianning, { site: '', sheetName: 'x', mode: 'gov' });

  it('puts each split point on its own row with its share, nested points by their sub-points', () => {
    const news = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === '动态要闻'));
    if (!news) throw new Error('动态要闻 missing');
    const shares = layout.plan.cells.slice(news.firstRow, news.lastRow + 1).map((row) => row[COL.param]?.value);
    // 30% + 20% + 20% + 30%, then the veto row of its 注 (该指标不得分)
    expect(shares).toEqual([0.3, 0.2, 0.2, 0.3, undefined]);
    expect(layout.plan.cells[news.lastRow][COL.label]?.value).toBe('单项否决（是/否）');
    const topics = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === '专题专栏'));
    if (!topics) throw new Error('专题专栏 missing');
    const topicShares = layout.plan.cells.slice(topics.firstRow, topics.lastRow + 1).map((row) => row[COL.param]?.value);
    expect(topicShares).toEqual([0.15, 0.15, 0.25, 0.25, 0.2, undefined]); // 15 + 15 + (25 + 25) + 20, then its veto row
  });

  it('leaves a lost weight empty and says so in the remark', () => {
    const query = layout.leaves.find((l) => layout.plan.cells[l.firstRow].some((c) => c?.value === '查询服务'));
    if (!query) throw new Error('查询服务 missing');
    expect(layout.plan.cells[query.firstRow][COL.weight]).toBeNull();
    expect(layout.plan.cells[query.firstRow][COL.remark]?.value).toContain('权重缺失');
  });
});

describe('workbook plans', () => {
  const county = scoringTemplates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

  it('never reuses an existing sheet name', () => {
    const plan = planScoringWorkbook(county, { sites: ['甲县', '甲县', '汇总'], mode: 'gov', existingSheets: ['甲县', 'Sheet1', '汇总'] });
    // The summary is named first (a site called 汇总 must not take the summary's name).
    expect(plan.sheets.map((s) => s.name)).toEqual(['汇总(2)', '甲县(2)', '甲县(3)', '汇总(3)']);
  });

  it('keeps 汇总 for the summary and avoids Excel’s reserved History, cutting names by whole characters', () => {
    expect(planScoringWorkbook(county, { sites: ['汇总', '甲县'], mode: 'gov' }).sheets.map((s) => s.name)).toEqual(['汇总', '汇总(2)', '甲县']);
    expect(planScoringWorkbook(county, { sites: ['History', 'history'], mode: 'gov', summary: false }).sheets.map((s) => s.name)).toEqual(['History(2)', 'history(3)']);
    const emoji = `${'网'.repeat(30)}😀尾`;
    const name = planScoringWorkbook(county, { sites: [emoji], mode: 'gov' }).sheets[0].name;
    expect(name).toBe('网'.repeat(30));
    expect(planScoringWorkbook(county, { sites: [`甲县\u200B\uFFFE`], mode: 'gov' }).sheets[0].name).toBe('甲县');
  });

  it('makes one blank sheet without sites and no summary', () => {
    const plan = planScoringWorkbook(county, { sites: [], mode: 'gov' });
    expect(plan.sheets.map((s) => s.name)).toEqual(['评分表']);
  });

  it('cleans names Excel refuses and keeps them at 31 characters', () => {
    expect(uniqueSheetName('a/b:c*d?[e]', [])).toBe('abcde');
    expect(uniqueSheetName('很'.repeat(40), []).length).toBe(31);
    expect(uniqueSheetName('很'.repeat(40), ['很'.repeat(31)])).toBe(`${'很'.repeat(28)}(2)`);
  });

  it('reads a pasted site list: one per line, blanks and BOM dropped', () => {
    expect(parseSiteList('\uFEFF甲县\r\n\n  乙县  \n')).toEqual(['甲县', '乙县']);
  });
});
