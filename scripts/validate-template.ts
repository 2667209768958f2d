/** Schema-validates template files: `npx tsx scripts/validate-template.ts indicators/x.json …`. */
import { readFileSync } from 'node:fs';
import { templateSchema } from '../src/core/template-schema';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const result = templateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) {
    console.log(`${file}: schema OK`);
  } else {
    failed++;
    console.log(`${file}: ${result.error.issues.length} problem(s)`);
    for (const issue of result.error.issues.slice(0, 30)) {
      console.log(`  ${issue.path.join('.')}: ${issue.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);
