/** The command line entry: `npm run cli -- <command> …`. */
import { run } from './run';

const output = run(process.argv.slice(2));
process.stdout.write(output.stdout + '\n');
process.exitCode = output.exitCode;
