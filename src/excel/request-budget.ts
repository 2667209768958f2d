/**
 * Keeping each Office.js request under Excel on the web's size limit. "Excel on the web has a
 * payload size limit for requests and responses of 5MB" and fails the request with
 * RequestPayloadSizeLimitExceeded ("Resource limits and performance optimization for Office
 * Add-ins"; error list: "This error only occurs in Office on the web"). Work is queued in steps of
 * known size and a request is sent before the next step would take it over the budget.
 *
 * The budget is 2 MB of the steps' estimated JSON: Office.js adds object paths and action ids to
 * every queued action, so the estimate keeps a wide margin below 5 MB.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;
/** What one queued action costs besides its arguments (object path, ids, method name). */
export const ACTION_BYTES = 100;

/** UTF-8 length of a string, without allocating it (Chinese text is 3 bytes a character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of an action that sends `value`. */
export function actionBytes(value: unknown): number {
  return ACTION_BYTES + (value === undefined ? 0 : utf8Length(JSON.stringify(value) ?? ''));
}

/**
 * Queues steps and syncs whenever the next one would not fit. `onRequestStart` runs before the first
 * step of every request (to queue suspendApiCalculationUntilNextSync, which holds for one request).
 */
export class RequestBatcher {
  private used = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly onRequestStart: () => void = () => undefined,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    if (this.used === 0) this.onRequestStart();
    queue();
    this.used += Math.max(bytes, 1);
  }

  /** Sends what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}
