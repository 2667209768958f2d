/**
 * The WPS adapter (src/wps) on the fake ET host: whole-block writes, switches restored in `finally`,
 * its own writes raising no change events, only the add-in's sheets replaced, marks over the plan's
 * fills, selection, error values read back as Excel's texts; and the fake's own rules.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadTemplateFiles } from '../../src/cli/template-files';
import { rankRows } from '../../src/core/ranking/rank-engine';
import { planRankingSheet } from '../../src/core/ranking/ranking-sheet-plan';
import { planScoringWorkbook } from '../../src/core/sheet-plan/workbook-plan';
import type { ScoringTemplate } from '../../src/core/template-schema';
import { SheetExistsError } from '../../src/excel/errors';
import { MARK_FILL } from '../../src/excel/cell-marks';
import { EmptySelectionError, MultiAreaSelectionError } from '../../src/excel/read-selection';
import { WpsFunctionsUnavailableError } from '../../src/wps/bulk-write';
import { type EtApplication, type WpsRoot, XL } from '../../src/wps/et-types';
import * as wps from '../../src/wps/wps-workbook';
import { FakeEt } from './host/et-host';

const county = loadTemplateFiles().flatMap(({ result }) => (result.ok && result.template.id === 'gx-2023-county' ? [result.template as ScoringTemplate] : []))[0];
const portable = (sites: string[]) => planScoringWorkbook(county, { sites, mode: 'portable' });
const ranking = (names: string[]) => planRankingSheet(rankRows(names.map((name, i) => ({ category: 'A类', name, url: '', score: 90 - i }))));
const options = { govFunctions: false };
const switches = (et: FakeEt) => [et.screenUpdating, et.calculation, et.enableEvents, et.displayAlerts];

describe('the WPS adapter', () => {
  it('writes each sheet in one Formula block with the switches off, restores them and recalculates once', () => {
    const et = new FakeEt();
    const seen: unknown[][] = [];
    const app = et.app as EtApplication;
    const original = Object.getOwnPropertyDescriptor(app, 'ActiveWorkbook')?.get;
    Object.defineProperty(app, 'ActiveWorkbook', { get: () => (seen.push(switches(et)), original?.call(app)) });
    wps.insertWorkbook(app, portable(['甲县', '乙县']), options);
    expect(et.calls.filter((c) => c.includes('.Formula =')).map((c) => c.split('!')[0])).toEqual(['Range(汇总', 'Range(甲县', 'Range(乙县']);
    expect(seen.at(-1)).toEqual([false, -4135, false, false]);
    expect(switches(et)).toEqual([true, -4105, true, true]);
    expect(et.calculations).toBe(1);
    expect(et.violations).toEqual([]);
  });

  it('raises no SheetChange for its own writes, and forwards the user\'s on add-in sheets only', () => {
    const et = new FakeEt();
    const changes: string[] = [];
    const stop = wps.watchChanges(et.wps as WpsRoot, (sheet, address) => changes.push(`${sheet}!${address}`));
    wps.insertWorkbook(et.app as EtApplication, portable(['甲县']), options);
    expect(changes).toEqual([]);
    et.type('甲县', 'H12', [[1]]);
    et.type('Sheet1', 'A1', [[1]]);
    expect(changes).toEqual(['甲县!H12']);
    stop();
    et.type('甲县', 'H12', [[2]]);
    expect(changes).toHaveLength(1);
  });

  it('restores the switches and removes what it added when a write fails part-way', () => {
    const et = new FakeEt();
    et.failOn = /^Range\(乙县!.*Merge/;
    expect(() => wps.insertWorkbook(et.app as EtApplication, portable(['甲县', '乙县']), options)).toThrow(/1004/);
    expect(wps.sheetNames(et.app as EtApplication)).toEqual(['Sheet1']);
    expect(switches(et)).toEqual([true, -4105, true, true]);
    expect(et.violations).toEqual([]);
  });

  it('refuses a taken name and a GOV plan before writing anything', () => {
    const et = new FakeEt(['甲县']);
    expect(() => wps.insertWorkbook(et.app as EtApplication, portable(['甲县']), options)).toThrow(SheetExistsError);
    const gov = planScoringWorkbook(county, { sites: ['乙县'], mode: 'gov' });
    expect(() => wps.insertWorkbook(et.app as EtApplication, gov, options)).toThrow(WpsFunctionsUnavailableError);
    expect(et.calls).toEqual([]);
  });

  it('finds its sheets by marker, replaces 排名 even when it is the only sheet, and never a user\'s 排名', () => {
    const et = new FakeEt(['排名']);
    const app = et.app as EtApplication;
    const first = wps.replaceAddinSheet(app, ranking(['甲', '乙']), options);
    expect(first).toEqual({ name: '排名(2)', replaced: null });
    et.sheet('排名').proxy.Delete.call(et.sheet('排名').proxy);
    expect(et.violations).toHaveLength(1); // the test deleted with alerts on: the fake says so
    et.violations.length = 0;
    const second = wps.replaceAddinSheet(app, ranking(['丙']), options);
    expect(second).toEqual({ name: '排名', replaced: '排名(2)' });
    expect(wps.listAddinSheets(app).map((s) => [s.name, s.marker.kind])).toEqual([['排名', 'ranking']]);
    expect(et.violations).toEqual([]);
  });

  it('adds the 排名 sheet\'s bar chart per category as Excel does: values by column, names on the axis, title, no legend, at the anchor', () => {
    const et = new FakeEt();
    const app = et.app as EtApplication;
    const plan = planRankingSheet(
      rankRows([
        ...['甲', '乙', '丙'].map((name, i) => ({ category: 'A类', name, url: '', score: 90 - i })),
        ...Array.from({ length: 14 }, (_, i) => ({ category: 'B类', name: `B${i + 1}`, url: '', score: 80 - i })),
      ]),
    );
    expect(plan.charts).toHaveLength(2);
    wps.replaceAddinSheet(app, plan, options);
    const state = et.sheet('排名');
    const anchorOf = (address: string) => (state.proxy.Range(address) as unknown as { Left: number; Top: number });
    expect(state.charts).toEqual(
      (plan.charts ?? []).map((planned) => ({
        left: anchorOf(planned.anchor).Left,
        top: anchorOf(planned.anchor).Top,
        width: 360,
        height: 216,
        source: `排名!${planned.values}`,
        plotBy: XL.columns,
        chartType: 57,
        hasTitle: true,
        title: planned.title,
        hasLegend: false,
        xValues: `排名!${planned.categories}`,
      })),
    );
    // The anchor is right of the table: a chart never sits at A1.
    expect(state.charts.every((chart) => chart.left > 0)).toBe(true);
    expect(et.violations).toEqual([]);
  });

  it('still writes the 排名 sheet when WPS refuses a chart, without that chart', () => {
    const et = new FakeEt();
    const app = et.app as EtApplication;
    et.failOn = /ChartObjects\.Add/;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plan = ranking(['甲', '乙']);
    expect(plan.charts).toHaveLength(1);
    try {
      expect(wps.replaceAddinSheet(app, plan, options)).toEqual({ name: '排名', replaced: null });
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
    expect(et.sheet('排名').charts).toEqual([]);
    expect(wps.listAddinSheets(app).map((s) => s.marker.kind)).toEqual(['ranking']);
  });

  it('marks cells over the plan\'s fill and clears the marks again', () => {
    const et = new FakeEt();
    const app = et.app as EtApplication;
    wps.insertWorkbook(app, portable(['甲县']), options);
    const input = et.sheet('甲县').host.values.findIndex((row) => String(row[row.length - 1]).startsWith('input:'));
    const cell = `H${input + 1}`;
    const own = et.fill('甲县', cell);
    wps.markCells(app, '甲县', [cell]);
    expect(et.fill('甲县', cell)).toBe(MARK_FILL);
    wps.markCells(app, '甲县', []);
    expect(et.fill('甲县', cell)).toBe(own);
    expect(() => wps.markCells(app, 'Sheet1', ['A1'])).toThrow(/不是本加载项生成的表格/);
    // An address on another sheet is refused before anything is written, as in the Excel adapter.
    const calls = et.calls.length;
    expect(() => wps.markCells(app, '甲县', [cell, 'Sheet1!A1'])).toThrow(/无法标记 “Sheet1!A1”/);
    expect(et.calls).toHaveLength(calls);
    expect(et.fill('甲县', cell)).toBe(own);
  });

  it('reads a sheet and a selection as Office.js does: "" for empty, error texts, formulas for formula cells', () => {
    const et = new FakeEt(['数据']);
    const app = et.app as EtApplication;
    et.type('数据', 'B2:C3', [['单位', '得分'], ['甲', '=1/0']]);
    const sheet = wps.readSheet(app, '数据');
    expect(sheet.address).toBe("'数据'!B2:C3");
    expect(sheet.values).toEqual([['单位', '得分'], ['甲', '#DIV/0!']]);
    expect(sheet.formulas).toEqual([['单位', '得分'], ['甲', '=1/0']]);
    et.select('数据', 'A1:E9');
    expect(wps.readSelection(app)).toEqual({ address: "'数据'!B2:C3", values: [['单位', '得分'], ['甲', '#DIV/0!']] });
    et.select('数据', 'A1:A2,C2:C3');
    expect(() => wps.readSelection(app)).toThrow(MultiAreaSelectionError);
    et.select('数据', 'H20:H30');
    expect(() => wps.readSelection(app)).toThrow(EmptySelectionError);
  });

  it('has a fake host that enforces its rules (array size, names, Validation.Add twice, the last sheet)', () => {
    const et = new FakeEt();
    const sheet = (et.app as EtApplication).ActiveWorkbook!.Worksheets.Item(1);
    sheet.Range('A1:B2').Formula = [[1, 2]];
    expect(et.violations).toEqual(['Sheet1!A1:B2.Formula: array is not 2×2']);
    expect(() => (sheet.Name = 'a/b')).toThrow(/1004/);
    sheet.Range('A1').Validation.Add(1, 1, 1, 0, 1);
    expect(() => sheet.Range('A1:A2').Validation.Add(1, 1, 1, 0, 1)).toThrow(/已有数据有效性/);
    et.displayAlerts = false;
    expect(() => sheet.Delete()).toThrow(/至少要有一个/);
    expect(() => sheet.Range('A1,'.repeat(100) + 'A1')).toThrow(/255/);
  });
});
