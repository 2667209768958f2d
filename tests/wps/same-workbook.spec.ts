/**
 * Same workbook everywhere: a plan written through the WPS adapter (on the fake ET host) and through
 * the Office.js adapter (on the Excel test host) gives the same cells, formulas, merges and
 * validations — what lets a file move between evaluators in Excel and in WPS.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import type { WorkbookPlan } from '../../src/core/sheet-plan/plan-types';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { applyWorkbookPlan } from '../../src/excel/apply-plan';
import type { EtApplication } from '../../src/wps/et-types';
import { XL } from '../../src/wps/et-types';
import { insertWorkbook } from '../../src/wps/wps-workbook';
import { FakeExcel } from '../excel/fake-excel';
import { boxAddress, cellKey, type HostSheet } from '../excel/host/host-sheet';
import { FakeEt, type EtValidationRecord } from './host/et-host';

const templates = loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.kind === 'scoring' ? [result.template as ScoringTemplate] : []));
const county = templates.find((t) => t.id === 'gx-2023-county') as ScoringTemplate;

interface Rule {
  type: string;
  min?: number;
  max?: number;
  list?: string;
  prompt?: string;
  error?: string;
}

/** What both hosts hold of a sheet, in host-independent terms. */
interface Written {
  formulas: unknown[][];
  merges: string[];
  validations: Record<string, Rule>;
}

function common(host: HostSheet): Pick<Written, 'formulas' | 'merges'> {
  return { formulas: host.formulas.map((row) => row.map((v) => (v === '' ? '' : String(v)))), merges: host.merges.map(boxAddress).sort() };
}

function excelRule(validation: { rule: unknown; prompt?: unknown; errorAlert?: unknown }): Rule {
  const rule = validation.rule as { wholeNumber?: { operator: string; formula1: number; formula2?: number }; decimal?: { operator: string; formula1: number; formula2?: number }; list?: { source: string } };
  const prompt = validation.prompt as { title: string; message: string } | undefined;
  const error = validation.errorAlert as { title: string; message: string } | undefined;
  const texts = { prompt: prompt && `${prompt.title}|${prompt.message}`, error: error && `${error.title}|${error.message}` };
  if (rule.list) return { type: 'list', list: rule.list.source, ...texts };
  const basic = rule.wholeNumber ?? rule.decimal;
  const type = rule.wholeNumber ? 'whole' : 'decimal';
  if (!basic) return { type: 'none' };
  if (basic.operator === 'Between') return { type, min: basic.formula1, max: basic.formula2, ...texts };
  return basic.operator === 'GreaterThanOrEqualTo' ? { type, min: basic.formula1, ...texts } : { type, max: basic.formula1, ...texts };
}

function etRule(record: EtValidationRecord): Rule {
  const texts = { prompt: `${record.texts.InputTitle}|${record.texts.InputMessage}`, error: `${record.texts.ErrorTitle}|${record.texts.ErrorMessage}` };
  if (record.type === XL.validateList) return { type: 'list', list: String(record.formula1), ...texts };
  const type = record.type === XL.validateWholeNumber ? 'whole' : 'decimal';
  if (record.operator === XL.between) return { type, min: Number(record.formula1), max: Number(record.formula2), ...texts };
  return record.operator === XL.greaterEqual ? { type, min: Number(record.formula1), ...texts } : { type, max: Number(record.formula1), ...texts };
}

async function throughExcel(plan: WorkbookPlan): Promise<Record<string, Written>> {
  const fake = new FakeExcel([{ name: 'Sheet1', values: [['']] }]);
  fake.install();
  await applyWorkbookPlan(plan);
  expect(fake.session.violations).toEqual([]);
  return Object.fromEntries(
    plan.sheets.map(({ name }) => {
      const sheet = fake.sheet(name);
      return [name, { ...common(sheet), validations: Object.fromEntries([...sheet.validations].map(([key, v]) => [key, excelRule(v)])) }];
    }),
  );
}

function throughWps(plan: WorkbookPlan): Record<string, Written> {
  const et = new FakeEt();
  insertWorkbook(et.app as EtApplication, plan, { govFunctions: false });
  expect(et.violations).toEqual([]);
  return Object.fromEntries(
    plan.sheets.map(({ name }) => {
      const state = et.sheet(name);
      return [name, { ...common(state.host), validations: Object.fromEntries([...state.validations].map(([key, v]) => [key, etRule(v)])) }];
    }),
  );
}

describe('the same plan through the WPS and the Excel adapter', () => {
  it('gives the same cells, formulas, merges and validations for a three-site county workbook (汇总 + site sheets)', async () => {
    const plan = planScoringWorkbook(county, { sites: ['甲县', '乙县', '丙县'], mode: 'portable' });
    const [excel, wps] = [await throughExcel(plan), throughWps(plan)];
    expect(Object.keys(wps)).toEqual(['汇总', '甲县', '乙县', '丙县']);
    for (const name of Object.keys(excel)) {
      expect(wps[name].formulas).toEqual(excel[name].formulas);
      expect(wps[name].merges).toEqual(excel[name].merges);
      expect(wps[name].validations).toEqual(excel[name].validations);
    }
    // Not trivially equal: the sheets hold formulas across sheets, merges and validations with their texts.
    expect(excel['汇总'].formulas.flat().some((f) => /^=.*'?甲县'?!/.test(String(f)))).toBe(true);
    expect(excel['甲县'].merges.length).toBeGreaterThan(0);
    expect(Object.keys(excel['甲县'].validations).length).toBeGreaterThan(10);
    // The sheet marker and the row keys sit in the same cells.
    const last = excel['甲县'].formulas[0].length - 1;
    expect(String(wps['甲县'].formulas[0][last])).toMatch(/^gov-eval\|scoring\|/);
    expect(wps['甲县'].formulas.map((row) => row[last])).toEqual(excel['甲县'].formulas.map((row) => row[last]));
  }, 60_000);

  it('gives the same 排名 sheet', async () => {
    const rows = ['甲', '乙', '丙', '丁'].map((name, i) => ({ category: '县（市、区）', name, url: `http://${i}.gov.cn`, score: 90 - i * 12 }));
    const plan: WorkbookPlan = { sheets: [planRankingSheet(rankRows(rows))], portable: true };
    const [excel, wps] = [await throughExcel(plan), throughWps(plan)];
    expect(wps).toEqual(excel);
    expect(excel['排名'].formulas.length).toBeGreaterThan(4);
  });

  it('tells a validation that differs apart (the comparison can fail)', () => {
    const record: EtValidationRecord = { type: XL.validateDecimal, operator: XL.between, formula1: 0, formula2: 2, texts: {} };
    expect(etRule(record)).not.toEqual(etRule({ ...record, formula2: 3 }));
    expect(cellKey(1, 2)).toBe('1,2');
  });
});
