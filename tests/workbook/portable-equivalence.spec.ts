/**
 * The portable formula twins give the same results as the TypeScript rules: each case is written
 * as input cells and a portable formula into one .xlsx, LibreOffice recalculates it, and every
 * result must match the rule's (both blank, both an error, or equal within 1e-9).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recalculate, type CellSpec, type Computed } from '../support/libreoffice';
import { equivalenceCases, type Arg, type Case } from './equivalence-cases';
import * as portable from '../../src/core/rules/portable/portable-formulas';
import type { RangeRef } from '../../src/core/rules/portable/portable-formulas';
import { newmediaSupervision } from '../../src/core/rules/newmedia-supervision';
import { cappedPerEvent } from '../../src/core/rules/capped-per-event';
import { splitScore } from '../../src/core/rules/split-score';
import { shareDeduction } from '../../src/core/rules/share-deduction';
import { countTier } from '../../src/core/rules/count-tier';
import { serviceFormScore } from '../../src/core/rules/service-form';
import { ratioScore } from '../../src/core/rules/ratio-score';
import { quarterHealth } from '../../src/core/rules/quarter-health';
import { bestCases } from '../../src/core/rules/best-cases';
import { contestScore } from '../../src/core/rules/contest-score';
import { RuleInputError } from '../../src/core/rules/rule-error';
import type { Cell, Range } from '../../src/core/rules/cells';

type Ref = string | RangeRef | undefined;
/* eslint-disable @typescript-eslint/no-explicit-any -- the table below calls each rule and twin with the case's arguments as laid out; their own signatures check the types. */
const functions: Record<string, { rule: (...args: any[]) => number | ''; formula: (...refs: any[]) => string }> = {
  NEWMEDIA_SUPERVISION: { rule: newmediaSupervision, formula: portable.newmediaSupervisionFormula },
  CAPPED_DEDUCTION: { rule: cappedPerEvent, formula: portable.cappedPerEventFormula },
  CAPPED_BONUS: { rule: cappedPerEvent, formula: portable.cappedPerEventFormula },
  SPLIT_SCORE: { rule: splitScore, formula: portable.splitScoreFormula },
  SHARE_DEDUCTION: { rule: shareDeduction, formula: portable.shareDeductionFormula },
  COUNT_TIER: { rule: countTier, formula: portable.countTierFormula },
  SERVICE_FORM_SCORE: { rule: serviceFormScore, formula: portable.serviceFormScoreFormula },
  RATIO_SCORE: { rule: ratioScore, formula: portable.ratioScoreFormula },
  QUARTER_HEALTH: { rule: quarterHealth, formula: portable.quarterHealthFormula },
  BEST_CASES: { rule: bestCases, formula: portable.bestCasesFormula },
  CONTEST_SCORE: { rule: contestScore, formula: portable.contestScoreFormula },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const FORMULA_COLUMN = 'Z';
const column = (index: number) => String.fromCharCode('A'.charCodeAt(0) + index);

/** Lays a case out on row `row`: its input cells from column A, its formula in column Z. */
function layOut(testCase: Case, row: number): { cells: CellSpec[]; refs: Ref[] } {
  const cells: CellSpec[] = [];
  let next = 0;
  const refs = testCase.args.map((arg): Ref => {
    if (arg === undefined) return undefined;
    const values = Array.isArray(arg) ? arg : [arg];
    const addresses = values.map((value) => {
      const address = `${column(next++)}${row}`;
      cells.push({ address, value });
      return address;
    });
    if (!Array.isArray(arg)) return addresses[0];
    return { ref: `${addresses[0]}:${addresses[addresses.length - 1]}`, cells: addresses };
  });
  const formula = functions[testCase.fn].formula(...refs);
  cells.push({ address: `${FORMULA_COLUMN}${row}`, formula });
  return { cells, refs };
}

type Expected = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'error'; message: string };

function expectedOf(testCase: Case): Expected {
  const args = testCase.args.map((arg: Arg): Cell | Range => (Array.isArray(arg) ? [arg] : arg));
  try {
    const result = functions[testCase.fn].rule(...args);
    return result === '' ? { kind: 'blank' } : { kind: 'number', value: result };
  } catch (error) {
    if (error instanceof RuleInputError) return { kind: 'error', message: error.message };
    throw error;
  }
}

function agrees(expected: Expected, computed: Computed | undefined): boolean {
  if (!computed) return false;
  switch (expected.kind) {
    case 'blank':
      return (computed.kind === 'text' && computed.value === '') || computed.kind === 'blank';
    case 'error':
      return computed.kind === 'error';
    case 'number':
      return computed.kind === 'number' && Math.abs(computed.value - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value));
  }
}

const cases = equivalenceCases();
let results: Map<string, Computed>;

describe('portable formulas in LibreOffice', () => {
  beforeAll(async () => {
    const cells = cases.flatMap((testCase, index) => layOut(testCase, index + 1).cells);
    results = await recalculate(cells, '等价性');
  }, 120_000);

  it('has at least 300 cases covering every function, with blank and error cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const expected = cases.map(expectedOf);
    expect(new Set(cases.map((testCase) => testCase.fn))).toEqual(new Set(Object.keys(functions)));
    expect(expected.filter((e) => e.kind === 'blank').length).toBeGreaterThanOrEqual(15);
    expect(expected.filter((e) => e.kind === 'error').length).toBeGreaterThanOrEqual(60);
  });

  it('computes what the TypeScript rules compute, case by case', () => {
    const disagreements = cases.flatMap((testCase, index) => {
      const expected = expectedOf(testCase);
      const computed = results.get(`${FORMULA_COLUMN}${index + 1}`);
      return agrees(expected, computed) ? [] : [{ row: index + 1, ...testCase, expected, computed }];
    });
    expect(disagreements).toEqual([]);
  });
});
