/** The production bundle (`npm test` builds it first): functions metadata and the pane page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(__dirname, '../dist');

describe('webpack build', () => {
  it('has been built (npm test runs `npm run build` before the specs)', () => {
    expect(existsSync(join(dist, 'functions.json')), '先运行 npm run build').toBe(true);
  });

  it('generates functions.json from the JSDoc of src/functions with Chinese descriptions', () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8'));
    const supervision = metadata.functions.find((f: { id: string }) => f.id === 'NEWMEDIA_SUPERVISION');
    expect(supervision.description).toMatch(/[\u4e00-\u9fff]/);
    expect(supervision.parameters.map((p: { name: string }) => p.name)).toEqual(['checked', 'failed', 'weight']);
  });

  it('bundles the functions into the task pane page (one shared runtime)', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    expect(html).toContain('functions.js');
    expect(html).toContain('taskpane.js');
    expect(readFileSync(join(dist, 'functions.js'), 'utf8')).toContain('associate("NEWMEDIA_SUPERVISION"');
  });
});
