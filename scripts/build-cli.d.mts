/** Types of scripts/build-cli.mjs for the specs and the bench. */
export const CLI_OUT: string;
export function buildCli(outfile?: string): Promise<string>;
export function cliIsStale(outfile?: string): boolean;
export const NODE_PROGRAM: Record<string, unknown>;
