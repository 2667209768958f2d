/**
 * Office.js's request model for the test host: proxies queue what the code does, `context.sync()`
 * sends the queue as one request and runs it in order, and only then are loaded properties readable.
 *
 * Strict where Office.js is strict, and it records what it sees (for assertions and the bench):
 * - reading a property that was not loaded, or loaded but not yet synced, is an exception *and* a
 *   recorded violation (so a test fails even if the code under test swallows the exception);
 * - `load()` without property names (which loads everything) and properties or methods the object
 *   model lacks are violations too;
 * - every load, method call (other than sync) and property write is recorded with the label of the
 *   object it happened on ("评分表!A1:C1.format.font"), and every request's size in bytes.
 *
 * Operations run in queue order inside sync; when one fails, the ones before it stay applied and the
 * rest are dropped, as in Excel ("operations before the failing one are committed").
 */

export interface LoadRecord {
  target: string;
  properties: string[];
}
export interface CallRecord {
  target: string;
  method: string;
  /** Proxies among the arguments are replaced by "@label". */
  args: unknown[];
}
export interface WriteRecord {
  target: string;
  property: string;
  value: unknown;
}

/** An error shaped like OfficeExtension.Error. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = `${code} (test host)`,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

/**
 * Approximate request bytes, after Office.js's request JSON: an action (a property set, a method) is
 * about 160 bytes besides its arguments, an object reached (getRange, format, fill …) an object path
 * and an instantiate action, about 260. The host's figure is an approximation for its 5 MB rule;
 * tests/excel/office-js-requests.spec.ts measures the writer's requests with Office.js itself.
 */
export const ACTION_OVERHEAD_BYTES = 160;
export const OBJECT_OVERHEAD_BYTES = 260;

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export interface NodeSpec {
  /** Loadable properties, read when the load runs inside sync. */
  get?: Record<string, () => unknown>;
  /** Settable properties, applied when the write runs inside sync. */
  set?: Record<string, (value: unknown) => void>;
  /** Navigation properties: child objects. */
  nav?: Record<string, () => object>;
  /** Methods: called at once; what they change is queued by themselves (session.queue). */
  methods?: Record<string, (...args: unknown[]) => unknown>;
  /** For collections: the items when `items/...` is loaded. */
  items?: () => object[];
  /** Methods that are recorded but not counted as calls (accessors such as getItem on collections are counted). */
}

interface NodeState {
  label: string;
  spec: NodeSpec;
  /** Properties loaded and synced, with their values. */
  loaded: Map<string, unknown>;
  /** Properties whose load is queued but not synced yet. */
  pending: Set<string>;
  children: Map<string, object>;
}

type Op = { run: () => void; bytes: number };

export class ProxySession {
  syncCount = 0;
  readonly loads: LoadRecord[] = [];
  readonly calls: CallRecord[] = [];
  readonly writes: WriteRecord[] = [];
  readonly violations: string[] = [];
  /** Bytes of every request sent (one per sync). */
  readonly requestBytes: number[] = [];
  /** Runs first in every sync with the request's size: throw an OfficeError to fail the whole request. */
  beforeSync: (bytes: number) => void = () => undefined;
  /** Runs after the operations of a sync that did not fail. */
  afterSync: () => void = () => undefined;

  private queueOps: Op[] = [];
  /** Bytes of what the code did that is not an operation of its own (objects reached, calls). */
  private extraBytes = 0;
  private readonly states = new WeakMap<object, NodeState>();
  private readonly labels = new WeakMap<object, string>();

  /** Queues an operation of the current request. */
  queue(run: () => void, bytes = ACTION_OVERHEAD_BYTES): void {
    this.queueOps.push({ run, bytes });
  }

  get pendingCount(): number {
    return this.queueOps.length;
  }

  /** A proxy for a new object of the model. */
  node<T extends object>(label: string, spec: NodeSpec): T {
    const state: NodeState = { label, spec, loaded: new Map(), pending: new Set(), children: new Map() };
    const target = {};
    const proxy = new Proxy(target, {
      get: (_raw, property) => this.read(proxy, state, property),
      set: (_raw, property, value: unknown) => this.write(state, String(property), value),
    });
    this.states.set(proxy, state);
    this.labels.set(proxy, label);
    return proxy as T;
  }

  labelOf(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null ? this.labels.get(value) : undefined;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.queueOps;
    this.queueOps = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, this.extraBytes);
    this.extraBytes = 0;
    this.requestBytes.push(bytes);
    // Office.js answers asynchronously: code must await the sync before it reads.
    await Promise.resolve();
    this.beforeSync(bytes);
    for (const op of ops) op.run();
    this.afterSync();
  }

  fail(message: string): never {
    this.violations.push(message);
    throw new Error(`test host: ${message}`);
  }

  private read(proxy: object, state: NodeState, property: string | symbol): unknown {
    if (typeof property === 'symbol' || property === 'toJSON' || property === 'constructor') return undefined;
    if (property === 'then') return undefined; // not a thenable when returned from an async function
    const { spec, label } = state;
    if (property === 'load') return (names?: unknown) => this.load(proxy, state, names);
    if (property === 'toString') return () => `[${label}]`;
    if (spec.methods && property in spec.methods) {
      const method = spec.methods[property];
      return (...args: unknown[]) => {
        this.calls.push({ target: label, method: property, args: args.map((a) => this.describe(a)) });
        const result = method(...args);
        // A method that returns an object is an object path (and its instantiate action), any other an action.
        const returnsObject = typeof result === 'object' && result !== null && this.labels.has(result);
        this.extraBytes += (returnsObject ? OBJECT_OVERHEAD_BYTES : ACTION_OVERHEAD_BYTES) + jsonBytes(args.map((a) => this.describe(a)));
        return result;
      };
    }
    if (spec.nav && property in spec.nav) {
      let child = state.children.get(property);
      if (!child) {
        this.extraBytes += OBJECT_OVERHEAD_BYTES;
        child = spec.nav[property]();
        state.children.set(property, child);
      }
      return child;
    }
    if (state.loaded.has(property)) return state.loaded.get(property);
    if (state.pending.has(property)) this.fail(`read of ${label}.${property} before context.sync() was called`);
    if ((spec.get && property in spec.get) || (property === 'items' && spec.items)) {
      this.fail(`read of ${label}.${property} without load() and sync()`);
    }
    if (spec.set && property in spec.set) this.fail(`read of ${label}.${property}, which was only set (load and sync it to read it)`);
    return this.fail(`${label}.${property} is not in the test host's object model`);
  }

  private write(state: NodeState, property: string, value: unknown): boolean {
    const setter = state.spec.set?.[property];
    if (!setter) this.fail(`${state.label}.${property} cannot be set in the test host's object model`);
    this.writes.push({ target: state.label, property, value });
    this.queue(() => setter(value), jsonBytes(value) + ACTION_OVERHEAD_BYTES);
    return true;
  }

  private load(proxy: object, state: NodeState, names: unknown): object {
    if (names === undefined) this.fail(`${state.label}.load() without property names loads everything`);
    const list = typeof names === 'string' ? names.split(',') : Array.isArray(names) ? names.map(String) : [];
    if (list.length === 0) this.fail(`${state.label}.load(${JSON.stringify(names)}): use names, not option objects`);
    const properties = list.map((name) => name.trim());
    this.loads.push({ target: state.label, properties });
    for (const name of properties) {
      if (name.startsWith('items/')) {
        if (!state.spec.items) this.fail(`${state.label} is not a collection (load of ${name})`);
        state.pending.add('items');
        const itemProperty = name.slice('items/'.length);
        this.queue(() => {
          const items = state.spec.items?.() ?? [];
          for (const item of items) this.loadNow(item, itemProperty);
          state.loaded.set('items', items);
        });
      } else {
        if (!state.spec.get || !(name in state.spec.get)) this.fail(`${state.label}.${name} cannot be loaded in the test host's object model`);
        state.pending.add(name);
        this.queue(() => this.loadNow(proxy, name));
      }
    }
    return proxy;
  }

  /** Runs inside sync: takes the property's value now. */
  private loadNow(proxy: object, name: string): void {
    const state = this.states.get(proxy);
    const getter = state?.spec.get?.[name];
    if (!state || !getter) this.fail(`${this.labelOf(proxy) ?? '?'}.${name} cannot be loaded`);
    state.loaded.set(name, getter());
    state.pending.delete(name);
  }

  private describe(argument: unknown): unknown {
    const label = this.labelOf(argument);
    return label === undefined ? argument : `@${label}`;
  }
}
