/**
 * The checker over the fixture folder: `valid.*` must pass, `invalid.<code>.*` must fail with that
 * error code, `warning.<code>.*` must pass with that warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplateJson } from '../../src/core/template-loader';
import { checkTemplate } from '../../src/core/template-checker';
import type { Issue } from '../../src/core/issues';
import type { Template } from '../../src/core/template-schema';

const dir = join(__dirname, '../fixtures/templates');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

function issuesOf(file: string): Issue[] {
  const loaded = parseTemplateJson(readFileSync(join(dir, file), 'utf8'));
  if (!loaded.ok) return loaded.issues;
  return checkTemplate(loaded.template, lookup).issues;
}

function lookup(id: string): Template | undefined {
  for (const file of files) {
    const loaded = parseTemplateJson(readFileSync(join(dir, file), 'utf8'));
    if (loaded.ok && loaded.template.id === id) return loaded.template;
  }
  return undefined;
}

const expectedCode = (file: string) => file.split('.')[1];

describe('template checker fixtures', () => {
  it('has fixtures of every kind', () => {
    expect(files.filter((f) => f.startsWith('valid.')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => f.startsWith('invalid.')).length).toBeGreaterThanOrEqual(18);
    expect(files.filter((f) => f.startsWith('warning.')).length).toBeGreaterThanOrEqual(1);
  });

  for (const file of files.filter((f) => f.startsWith('valid.'))) {
    it(`${file} passes without errors or warnings`, () => {
      expect(issuesOf(file)).toEqual([]);
    });
  }

  for (const file of files.filter((f) => f.startsWith('invalid.'))) {
    it(`${file} fails with ${expectedCode(file)}`, () => {
      const errors = issuesOf(file).filter((issue) => issue.severity === 'error');
      expect(errors.map((issue) => issue.code)).toContain(expectedCode(file));
      for (const issue of errors) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  for (const file of files.filter((f) => f.startsWith('warning.'))) {
    it(`${file} warns with ${expectedCode(file)} and has no error`, () => {
      const issues = issuesOf(file);
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.code)).toContain(expectedCode(file));
    });
  }
});
