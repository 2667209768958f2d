/**
 * A strict wrapper around office-addin-mock. The mock answers a read of a property that was not
 * loaded (or loaded but not synced) with a sentinel string, which code under test would happily
 * carry on with; the wrapper turns such a read into an exception *and* a recorded violation (so the
 * test fails even if the code under test catches the exception).
 *
 * It also records what the code did, for assertions: every load(), sync(), method call and property
 * write, labelled with the object it happened on ("评分表!A1:C3.format.font").
 */
import { OfficeMockObject } from 'office-addin-mock';

/** office-addin-mock's PossibleErrors (not exported by the package's entry point). */
export const MOCK_SENTINELS = ['Error, property was not loaded', 'Error, context.sync() was not called'];

export interface LoadRecord {
  target: string;
  properties: string[];
}
export interface CallRecord {
  target: string;
  method: string;
  /** Wrapped Office objects among the arguments are replaced by "@label". */
  args: unknown[];
}
export interface WriteRecord {
  target: string;
  property: string;
  value: unknown;
}

/** Properties every object answers without being in the object model. */
const FREE_PROPERTIES = new Set(['toJSON', 'constructor']);

export class StrictMockSession {
  syncCount = 0;
  readonly loads: LoadRecord[] = [];
  readonly calls: CallRecord[] = [];
  readonly writes: WriteRecord[] = [];
  readonly violations: string[] = [];
  /** Runs first in every sync; throw from it to make the sync fail. */
  beforeSync: () => void = () => undefined;
  /** Runs in every sync that did not fail: the fake applies its queued structural changes. */
  afterSync: () => void = () => undefined;

  private readonly roots: OfficeMockObject[] = [];
  private readonly labels = new WeakMap<object, string>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly proxyLabels = new WeakMap<object, string>();
  private readonly raws = new WeakMap<object, OfficeMockObject>();

  /** Registers a mock the fake object model made: it is synced by every sync and labelled. */
  register(mock: OfficeMockObject, label: string): OfficeMockObject {
    this.roots.push(mock);
    this.labels.set(mock, label);
    return mock;
  }

  /** The strict proxy of a registered mock. */
  wrap<T>(mock: OfficeMockObject): T {
    return this.proxy(mock, this.labels.get(mock) ?? '?') as T;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    this.beforeSync();
    this.afterSync();
    for (const root of this.roots) await OfficeMockObject.prototype.sync.call(root);
    // The mock propagates loaded values to parents in later microtasks: let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  labelOf(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null ? this.proxyLabels.get(value) : undefined;
  }

  private fail(message: string): never {
    this.violations.push(message);
    throw new Error(`strict mock: ${message}`);
  }

  private proxy(target: OfficeMockObject, label: string): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (raw, property, receiver) => {
        if (typeof property === 'symbol' || FREE_PROPERTIES.has(property)) return Reflect.get(raw, property, receiver);
        if (property === 'then') return undefined; // not a thenable when returned from an async function
        if (!(property in raw)) this.fail(`${label}.${property} is not in the mock's object model`);
        const value: unknown = Reflect.get(raw, property);
        if (typeof value === 'string' && MOCK_SENTINELS.includes(value)) {
          this.fail(`read of ${label}.${property} without load() and sync() (mock says: ${value})`);
        }
        if (typeof value === 'function') return this.method(raw, label, property, value as (...args: unknown[]) => unknown);
        return this.wrapValue(value, `${label}.${property}`);
      },
      set: (raw, property, value: unknown) => {
        this.writes.push({ target: label, property: String(property), value });
        return Reflect.set(raw, property, value);
      },
    });
    this.proxies.set(target, proxy);
    this.proxyLabels.set(proxy, label);
    this.raws.set(proxy, target);
    return proxy;
  }

  private wrapValue(value: unknown, label: string): unknown {
    if (value instanceof OfficeMockObject) return this.proxy(value, this.labels.get(value) ?? label);
    if (Array.isArray(value) && value.some((item) => item instanceof OfficeMockObject)) {
      return value.map((item, index) => this.wrapValue(item, `${label}[${index}]`));
    }
    return value;
  }

  private method(raw: OfficeMockObject, label: string, name: string, fn: (...args: unknown[]) => unknown) {
    return (...args: unknown[]) => {
      if (name === 'load') this.recordLoad(label, args[0]);
      else if (name !== 'sync') this.calls.push({ target: label, method: name, args: args.map((a) => this.describe(a)) });
      const result = fn.apply(raw, args.map((a) => this.unwrap(a)));
      return this.wrapValue(result, `${label}.${name}()`);
    };
  }

  private recordLoad(label: string, argument: unknown): void {
    if (argument === undefined) this.fail(`${label}.load() without property names loads everything`);
    const names = typeof argument === 'string' ? argument.split(',') : Array.isArray(argument) ? argument : [];
    if (names.length === 0) this.fail(`${label}.load(${JSON.stringify(argument)}): use names, not option objects`);
    this.loads.push({ target: label, properties: names.map((name) => String(name).trim()) });
  }

  private describe(argument: unknown): unknown {
    const label = this.labelOf(argument);
    return label === undefined ? argument : `@${label}`;
  }

  /** Office objects passed as arguments reach the fake as the raw mocks. */
  private unwrap(argument: unknown): unknown {
    return (typeof argument === 'object' && argument !== null && this.raws.get(argument)) || argument;
  }
}
