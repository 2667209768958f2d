/** The offline schema check refuses broken manifests (and so can fail for ours). */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const schema = join(root, 'tests/manifest-schemas/OfficeAppManifestV1_1.xsd');

function validates(file: string): boolean {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('manifest schema check', () => {
  it('accepts manifest.xml', () => {
    expect(validates(join(root, 'manifest.xml'))).toBe(true);
  });

  const dir = join(root, 'tests/fixtures/manifests');
  for (const file of readdirSync(dir).filter((name) => name.startsWith('invalid.'))) {
    it(`refuses ${file}`, () => {
      expect(validates(join(dir, file))).toBe(false);
    });
  }
});
