/** The command line entry: `npm run cli -- <command> …`. */
import { run } from './run';

run(process.argv.slice(2)).then(
  (output) => {
    if (output.stderr) process.stderr.write(output.stderr + '\n');
    process.stdout.write(output.stdout + '\n');
    process.exitCode = output.exitCode;
  },
  (error: unknown) => {
    process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
