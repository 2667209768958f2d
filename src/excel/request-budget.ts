/**
 * Keeping each Office.js request under Excel on the web's size limit. "Excel on the web has a
 * payload size limit for requests and responses of 5MB" and fails the request with
 * RequestPayloadSizeLimitExceeded ("Resource limits and performance optimization for Office
 * Add-ins"; error list: "This error only occurs in Office on the web"). Work is queued in steps of
 * known size and a request is sent before the next step would take it over the budget.
 *
 * The estimate follows how Office.js serializes a request (a JSON body of `ObjectPaths` and
 * `Actions`): every object reached (getRange, format, fill …) is an object path plus an instantiate
 * action, every property set or method call an action, plus the JSON of the values sent.
 * tests/excel/office-js-requests.spec.ts runs the writer against Office.js's own serializer (the
 * library the add-in ships) and checks that no request it sends exceeds the budget by more than its
 * margin; the budget keeps 1 MB below the 5 MB limit.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** An object path and its instantiate action (with ids of five digits, as in requests of 10,000 actions). */
export const OBJECT_BYTES = 290;
/** A property set or method call action, without its arguments. */
export const ACTION_BYTES = 180;

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

/** UTF-8 bytes of `value` as JSON (what an action carries as its argument). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value) ?? '');
}

/** Estimated request bytes of `objects` objects reached and `actions` actions carrying `payload` bytes. */
export function requestCost(objects: number, actions: number, payload = 0): number {
  return objects * OBJECT_BYTES + actions * ACTION_BYTES + payload;
}

/**
 * Queues steps and syncs whenever the next one would not fit. `onRequestStart` runs before the first
 * step of every request (to queue suspendApiCalculationUntilNextSync, which holds for one request).
 */
export class RequestBatcher {
  private used = 0;

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
    await this.context.sync();
  }
}
