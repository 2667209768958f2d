/** The command line entry: `gov-eval <command> …` (`npm run cli -- <command> …` in the project). */
import { runSafely } from './run';

runSafely(process.argv.slice(2), process.env.GOV_EVAL_DEBUG === '1').then((output) => {
  if (output.stderr) process.stderr.write(output.stderr + '\n');
  if (output.stdout) process.stdout.write(output.stdout + '\n');
  process.exitCode = output.exitCode;
});
