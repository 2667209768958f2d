/** The GOV.* custom functions as Excel calls them: raw cell values in, a number, "" or #VALUE! out. */
import { beforeAll, describe, expect, it } from 'vitest';

/** The part of Excel's CustomFunctions runtime the functions use, for running them in Node. */
class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

beforeAll(() => {
  Object.assign(globalThis, {
    CustomFunctions: { Error: FakeCustomFunctionError, ErrorCode: { invalidValue: '#VALUE!' } },
  });
});

const load = () => import('../../src/functions/functions');

function excelError(call: () => unknown): FakeCustomFunctionError {
  try {
    call();
  } catch (error) {
    if (error instanceof FakeCustomFunctionError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('GOV functions', () => {
  it('compute one example each, with omitted optional arguments as Excel passes them (null)', async () => {
    const f = await load();
    expect(f.newmediaSupervision(10, 2, 2)).toBeCloseTo(1.6, 12);
    expect(f.newmediaSupervision(4, 1, null)).toBe(0.75);
    expect(f.cappedDeduction([[1, 3]], [[1, 0.5]], 2)).toBe(2);
    expect(f.cappedBonus([[1]], [[0.5]], 1.5)).toBe(0.5);
    expect(f.splitScore(3, [[0.3, 0.2, 0.2, 0.3]], [[1, 0.5, 1, 0]])).toBeCloseTo(1.8, 12);
    expect(f.shareDeduction(2, [[3]], [[0.05]], 0.2)).toBeCloseTo(0.3, 12);
    // several rates, as a scoring sheet passes its count and rate rows (columns H and G): 通报曝光 of 001
    expect(f.shareDeduction(4, [[1], [2], [1]], [[0.5], [0.05], [0.05]], 1)).toBeCloseTo(2.6, 12);
    expect(f.shareDeduction(4, [[1], [''], ['']], [[0.5], [0.05], [0.05]], 1)).toBe(2);
    expect(f.countTier(5, [[1, 5]], [[0.5, 1]], null)).toBe(1);
    expect(f.serviceFormScore('本级查询系统', 10)).toBe(8);
    expect(f.ratioScore(4, 6, 8)).toBe(3);
    expect(f.quarterHealth([[90, 80, 70, 100]], [[0, '否决', 0, 0]])).toBe(65);
    // Excel passes null for an omitted optional argument, whatever the declared type.
    expect(f.quarterHealth([[90, 70]], null as unknown as undefined)).toBe(80);
    expect(f.bestCases([[3, 5, 4]], 2, null, null)).toBe(9);
    expect(f.contestScore(2, 85, null)).toBeCloseTo(1.7, 12);
  });

  it('return "" while nothing is filled in', async () => {
    const f = await load();
    expect(f.newmediaSupervision('', '', 2)).toBe('');
    expect(f.splitScore(3, [[0.5, 0.5]], [['', '']])).toBe('');
  });

  it('turn bad input into #VALUE! carrying the Chinese message', async () => {
    const f = await load();
    const error = excelError(() => f.newmediaSupervision(10, 12, 2));
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe('不合格数 M=12 大于检查数 N=10。');
    expect(excelError(() => f.splitScore(3, [[0.3, 0.6]], [[1, 1]])).message).toContain('分项比例合计为 90%，应为 100%');
  });
});
