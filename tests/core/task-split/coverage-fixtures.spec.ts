/**
 * The coverage checks over the fixture folder: `invalid.<code>[.variant].json` must report an error
 * with that code, `warning.<code>[.variant].json` that warning and no error, `valid.*.json` nothing.
 */
import { describe, expect, it } from 'vitest';
import { taskReport } from '../../../src/core/task-split/task-report';
import { loadFixtures } from './support';

const fixtures = loadFixtures();

describe('task-split coverage fixtures', () => {
  it('has fixtures of every kind', () => {
    expect(fixtures.filter((f) => f.file.startsWith('invalid.')).length).toBeGreaterThanOrEqual(9);
    expect(fixtures.some((f) => f.file.startsWith('valid.'))).toBe(true);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (file, fixture) => {
    const { issues } = taskReport(fixture.split, fixture.members, fixture.linked);
    const [kind, code] = file.split('.');
    const errors = issues.filter((i) => i.severity === 'error');
    if (kind === 'valid') expect(issues).toEqual([]);
    // Each invalid fixture breaks one thing: its code is the only error code.
    if (kind === 'invalid') expect([...new Set(errors.map((i) => i.code))]).toEqual([code]);
    if (kind === 'warning') {
      expect(errors).toEqual([]);
      expect(issues.map((i) => i.code)).toContain(code);
    }
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
