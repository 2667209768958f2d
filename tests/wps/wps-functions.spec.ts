/**
 * The GOV functions as WPS runs them (src/wps/wps-functions.ts): the same functions as Excel's, with
 * the same results and messages, the metadata WPS reads (functions.json, the wpsjs toolkit's format),
 * and their registration through AddCustomFunction.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { governmentFunctions, HostCustomFunctionError } from '../excel/host/calc-engine';
import * as excel from '../../src/functions/functions';
import { FakeEt } from './host/et-host';
import type { EtApplication } from '../../src/wps/et-types';
import { checkGovFunctions, GOV_NAMESPACE, GOV_PROBES, NO_WORKBOOK_REASON, registerGovFunctions, WPS_GOV_FUNCTIONS, wpsCallable, wpsFunctionsMetadata, type ExcelFunctionMetadata } from '../../src/wps/wps-functions';

let metadata: ExcelFunctionMetadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata('src/functions/functions.ts');
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as ExcelFunctionMetadata;
});

describe('GOV functions in WPS', () => {
  it('are the functions Excel registers, by the same names', () => {
    expect(Object.keys(WPS_GOV_FUNCTIONS).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(Object.keys(WPS_GOV_FUNCTIONS)).toHaveLength(11);
  });

  it('have the metadata WPS reads: any / any[][] with ? for optional, the Chinese descriptions', () => {
    const wps = wpsFunctionsMetadata(metadata);
    const tier = wps.functions.find((f) => f.name === 'COUNT_TIER');
    // COUNT_TIER(count, thresholds, fractions, [weight]) — ranges for the thresholds and fractions.
    expect(tier?.parameters.map((p) => `${p.name}:${p.type}`)).toEqual(['count:any', 'thresholds:any[][]', 'fractions:any[][]', 'weight:any?']);
    expect(tier?.description).toMatch(/^按次数分档计分/);
    const health = wps.functions.find((f) => f.name === 'QUARTER_HEALTH');
    expect(health?.parameters.map((p) => p.type)).toEqual(['any[][]', 'any[][]?']);
    expect(wps.functions.every((f) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(f.name) && f.result.type === 'any')).toBe(true);
    expect(wps.functions.flatMap((f) => f.parameters).every((p) => p.description.length > 0)).toBe(true);
  });

  it('give what Excel gives for any input: the same number or "", or the same Chinese message', () => {
    const callables = governmentFunctions();
    const cell = fc.oneof(fc.double({ min: -5, max: 200, noNaN: true }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('', null, '文字', '5', true, '本级查询系统'));
    for (const fn of callables) {
      const wps = wpsCallable(WPS_GOV_FUNCTIONS[fn.id]);
      const excelFn = (excel as unknown as Record<string, (...args: unknown[]) => unknown>)[fn.functionName];
      const args = fc.integer({ min: 1, max: 4 }).chain((width) =>
        fc.tuple(...fn.parameters.map((p) => (p.dimensionality === 'matrix' ? fc.array(cell, { minLength: width, maxLength: width }).map((row) => [row]) : cell))),
      );
      fc.assert(
        fc.property(args, (values) => {
          const run = (f: (...a: unknown[]) => unknown) => {
            try {
              return { value: f(...values) };
            } catch (error) {
              return { message: (error as Error).message };
            }
          };
          const inExcel = run(excelFn);
          const inWps = run(wps);
          expect(inWps, `${fn.id}(${JSON.stringify(values)})`).toEqual(inExcel);
        }),
        { numRuns: 150 },
      );
    }
    // Excel's errors are CustomFunctions.Error (the test host's), WPS's plain Errors with the same text.
    expect(() => excel.ratioScore(10, '文字', 2)).toThrow(HostCustomFunctionError);
    expect(() => wpsCallable(WPS_GOV_FUNCTIONS.RATIO_SCORE)(10, '文字', 2)).toThrow(/不是数字|数字/);
  });

  it('are registered one by one as GOV.<name> where AddCustomFunction exists, and not otherwise', () => {
    const added: [string, string, unknown][] = [];
    expect(registerGovFunctions({ AddCustomFunction: (namespace, name, callback) => void added.push([namespace, name, callback]) })).toBe(11);
    expect(added.map(([namespace]) => namespace)).toEqual(Array(11).fill(GOV_NAMESPACE));
    expect(added.map(([, name]) => name).sort()).toEqual(Object.keys(WPS_GOV_FUNCTIONS).sort());
    expect(added.every(([, , callback]) => typeof callback === 'function')).toBe(true);
    const ratio = added.find(([, name]) => name === 'RATIO_SCORE')?.[2] as (...a: unknown[]) => unknown;
    expect(ratio(10, 1, 2)).toBe(5);
    expect(registerGovFunctions({})).toBe(0);
  });

  it('are probed in a workbook; with none open the pane says to reopen it, and each probe names its own failure', () => {
    const et = new FakeEt(['Sheet1'], { customFunctions: true });
    registerGovFunctions(et.wps);
    const app = et.app as EtApplication;
    expect(checkGovFunctions(app)).toEqual({ ok: true });
    // No workbook: not probed at all (an Evaluate that always said TRUE would otherwise pass).
    const noWorkbook = { ActiveWorkbook: null, Evaluate: () => true } as unknown as EtApplication;
    expect(checkGovFunctions(noWorkbook)).toEqual({ ok: false, reason: NO_WORKBOOK_REASON });
    // A WPS whose QUARTER_HEALTH took only the first cell of a range fails the array probes, not the first.
    et.customFunctions.set('QUARTER_HEALTH', (scores: unknown) => (Array.isArray(scores) ? (scores as number[][])[0][0] : scores));
    expect(checkGovFunctions(app)).toEqual({ ok: false, reason: GOV_PROBES[1].reason });
  });
});
