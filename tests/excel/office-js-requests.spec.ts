/**
 * The writer's requests as Office.js itself serializes them (tests/support/office-js-requests.ts runs
 * the Excel library the add-in ships): Excel on the web refuses a request over 5 MB, so every request
 * must stay within the writer's budget, and the writer's estimate of a step must not be below what
 * Office.js sends for it (else the budget would not hold).
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import type { SheetPlan, WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { bulkWrite, writePlanSheets } from '../../src/excel/bulk-write';
import { hostSupport } from '../../src/excel/host-support';
import { REQUEST_BUDGET_BYTES } from '../../src/excel/request-budget';
import { sheetSteps } from '../../src/excel/sheet-writer';
import { officeJsRequests } from '../support/office-js-requests';
import { syntheticTemplate } from '../../bench/synthetic-template';

const LIMIT = 5_000_000;
const support = hostSupport(() => true);
const templates = loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.kind === 'scoring' ? [result.template as ScoringTemplate] : []));

/** Everything bulkWrite sends for a plan written into a workbook (the cleanup after Excel.run aside). */
async function writeRequests(plan: WorkbookPlan) {
  return officeJsRequests(async (context) => {
    await bulkWrite(context, support, null, (batcher) => writePlanSheets(context, batcher, plan, plan.sheets.map((s) => s.name), support, () => batcher.flush()), async () => undefined);
  });
}

/** A 排名 plan of `sites` sites in four categories, one in five below the pass line. */
function rankingPlan(sites: number): SheetPlan {
  const categories = ['A类', 'B类', '设区市', '县（市、区）'];
  const rows = Array.from({ length: sites }, (_, i) => ({ category: categories[i % 4], name: `网站${i + 1}`, url: `http://site${i + 1}.gov.cn`, score: i % 5 === 0 ? 55 : 60 + (i % 400) / 10 }));
  return planRankingSheet(rankRows(rows));
}

describe('requests as Office.js serializes them', () => {
  it('writes a three-site county workbook in one request per sheet, each far within 5 MB', async () => {
    const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;
    const plan = planScoringWorkbook(county, { sites: ['甲县', '乙县', '丙县'], mode: 'gov' });
    const requests = await writeRequests(plan);
    // One request per sheet (汇总 + 3), then the recalculation; Excel.run then releases its references.
    expect(requests.length).toBe(plan.sheets.length + 2);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThan(200_000);
  });

  it('cuts a 排名 sheet of 40,000 sites into requests within the budget', async () => {
    const plan = rankingPlan(40_000);
    expect(plan.cells.length).toBeGreaterThan(40_000);
    const requests = await writeRequests({ sheets: [plan], portable: false });
    const bytes = requests.map((r) => r.bytes);
    expect(bytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_BUDGET_BYTES); // it had to be cut
    for (const size of bytes) expect(size).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(REQUEST_BUDGET_BYTES).toBeLessThanOrEqual(LIMIT - 1_000_000);
  }, 60_000);

  it('cuts a scoring sheet of 5,000 indicator rows (ids of five digits) into requests within the budget', async () => {
    const plan = planScoringWorkbook(syntheticTemplate(5000), { sites: ['某县'], mode: 'gov' }).sheets[0];
    const requests = await writeRequests({ sheets: [plan], portable: false });
    const bytes = requests.map((r) => r.bytes);
    expect(bytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_BUDGET_BYTES);
    for (const size of bytes) expect(size).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  }, 60_000);

  it('never estimates a step below what Office.js sends for it', async () => {
    const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;
    const scoring = planScoringWorkbook(county, { sites: ['甲县', '乙县'], mode: 'gov' });
    const sheets = [...scoring.sheets, rankingPlan(200)];
    // What a request with only the sheet itself costs, taken off each step's request.
    const [marker] = await officeJsRequests(async (context) => {
      context.workbook.worksheets.getItem('x').tabColor = '#000000';
      await context.sync();
    });
    let steps = 0;
    for (const sheet of sheets) {
      for (const step of sheetSteps(sheet, support)) {
        const [request] = await officeJsRequests(async (context) => {
          const target = context.workbook.worksheets.getItem('x');
          target.tabColor = '#000000';
          step.queue(target);
          await context.sync();
        });
        expect(request.bytes - marker.bytes).toBeLessThanOrEqual(step.bytes);
        steps += 1;
      }
    }
    expect(steps).toBeGreaterThan(40);
  }, 60_000);
});
