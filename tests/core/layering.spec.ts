/** src/core stays host-independent: the lint rule must refuse Office, React, ExcelJS and Node there. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: `${__dirname}/../..` });

async function coreLintMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/core/example.ts' });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('core layering lint', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'no-restricted-imports'],
    ["import React from 'react';\nexport const r = React;\n", 'no-restricted-imports'],
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
    ['export const run = () => Excel.run(async () => undefined);\n', 'no-restricted-globals'],
  ])('refuses %j', async (code, rule) => {
    expect(await coreLintMessages(code)).toContain(rule);
  });

  it('accepts plain TypeScript importing zod', async () => {
    expect(await coreLintMessages("import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
  });
});
