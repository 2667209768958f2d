/** Types of scripts/start-plan.mjs for its spec (tests/start-script.spec.ts). */
export type XlsxHandler = 'excel' | 'wps' | 'other' | 'unknown';

export function parseRegValue(output: string | null | undefined): string | null;

export function classifyXlsxHandler(answers: { userChoiceProgId?: string | null; classesProgId?: string | null; openCommand?: string | null }): XlsxHandler;

export type StartPlan = { kind: 'browser'; reason: string } | { kind: 'sideload'; notices: string[] };
export function planStart(machine: { platform: string; excelInstalled: boolean; xlsxHandler?: XlsxHandler }): StartPlan;

export function certificateProblem(error: unknown, platform: string): string[];

export interface SideloadOutcome {
  status: 'ok' | 'failed' | 'unknown';
  devServerUp: boolean;
  workbook: string | null;
  problem: string | null;
}
export function readSideloadOutput(exitCode: number, output: string): SideloadOutcome;

export function afterSideload(outcome: SideloadOutcome, context?: { xlsxHandler?: XlsxHandler; port?: string }): { lines: string[]; serveHttp: boolean; exitCode: number };
