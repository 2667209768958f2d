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

describe('GOV.NEWMEDIA_SUPERVISION', () => {
  it('computes weight × (N − M) / N through core', async () => {
    const { newmediaSupervision } = await import('../../src/functions/functions');
    expect(newmediaSupervision(10, 3, 2)).toBeCloseTo(1.4, 12);
  });

  it('treats an omitted weight (null) as 1', async () => {
    const { newmediaSupervision } = await import('../../src/functions/functions');
    expect(newmediaSupervision(4, 1, null)).toBe(0.75);
  });

  it('turns bad input into #VALUE! with the Chinese message', async () => {
    const { newmediaSupervision } = await import('../../src/functions/functions');
    let thrown: unknown;
    try {
      newmediaSupervision(0, 0, 1);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('N 为 0') });
  });
});
