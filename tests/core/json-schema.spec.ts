import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema } from '../../src/core/template-json-schema';

describe('indicators/template.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../indicators/template.schema.json'), 'utf8'));
    expect(committed).toEqual(templateJsonSchema());
  });
});
