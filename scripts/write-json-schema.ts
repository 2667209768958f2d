/** Writes indicators/template.schema.json from the zod schema, so that editors can check template files. */
import { writeFileSync } from 'node:fs';
import { templateJsonSchema } from '../src/core/template-json-schema';

const file = new URL('../indicators/template.schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(templateJsonSchema(), null, 2) + '\n');
console.log('written indicators/template.schema.json');
