/**
 * Office.js's own request serialization, offline: the Excel library that the add-in ships
 * (npm @microsoft/office-js, dist/excel-web-16.00.js, the one Excel on the web loads) is run in
 * jsdom against a RequestContext with a URL, and every request body it would send is captured
 * instead of sent. So request sizes are measured as Excel on the web receives them (its limit is 5 MB
 * a request), not estimated. The answer to each request gives every object the request created a
 * reference id, as Excel does, so that code may go on using them after the sync.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of jsdom used here (jsdom ships no type declarations and @types/jsdom is not installed). */
type JsdomConstructor = new (html: string, options: { runScripts: 'outside-only'; url: string }) => { window: unknown };

const load = createRequire(__filename);

interface CapturedRequest {
  bytes: number;
  actions: number;
}

type ExcelNamespace = typeof Excel;

interface OfficeJsWindow {
  Excel: ExcelNamespace & { RequestContext: new (url: string) => Excel.RequestContext };
  OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(fn: (request: { body: unknown }) => Promise<unknown>): void } };
}

let loaded: OfficeJsWindow | null = null;
const captured: CapturedRequest[] = [];

function officeJs(): OfficeJsWindow {
  if (loaded) return loaded;
  const { JSDOM } = load('jsdom') as { JSDOM: JsdomConstructor };
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  const window = dom.window as unknown as OfficeJsWindow & { eval(code: string): void };
  const file = load.resolve('@microsoft/office-js/dist/excel-web-16.00.js');
  window.eval(readFileSync(file, 'utf8'));
  window.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as { Actions: { Id: number; ActionType: number }[] };
    captured.push({ bytes: Buffer.byteLength(JSON.stringify(body), 'utf8'), actions: body.Actions.length });
    // ActionType 1 = Instantiate: Excel answers each with the object's reference.
    const results = body.Actions.filter((action) => action.ActionType === 1).map((action) => ({ ActionId: action.Id, Value: { _ReferenceId: `ref${action.Id}` } }));
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results }) };
  });
  loaded = window;
  return window;
}

/**
 * Runs `batch` on a real Office.js RequestContext whose requests are captured, with the global
 * `Excel` set to Office.js's own for the time of the batch. Returns the requests (bytes, actions).
 * The batch must only write: loads get no values back.
 */
export async function officeJsRequests(batch: (context: Excel.RequestContext) => Promise<void>): Promise<CapturedRequest[]> {
  const window = officeJs();
  const before = (globalThis as { Excel?: unknown }).Excel;
  (globalThis as { Excel?: unknown }).Excel = window.Excel;
  captured.length = 0;
  try {
    const context = new window.Excel.RequestContext('https://localhost/workbook');
    await window.Excel.run(context as never, async (ctx: Excel.RequestContext) => {
      await batch(ctx);
    });
    return [...captured];
  } finally {
    (globalThis as { Excel?: unknown }).Excel = before;
  }
}
