/**
 * `npm run cli -- <command> …`: runs the compiled command line, compiling it first when a source is
 * newer than build/cli/gov-eval.mjs (scripts/build-cli.mjs).
 */
import { pathToFileURL } from 'node:url';
import { buildCli, cliIsStale, CLI_OUT } from './build-cli.mjs';

if (cliIsStale()) await buildCli();
await import(pathToFileURL(CLI_OUT).href);
