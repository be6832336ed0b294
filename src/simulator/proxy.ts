/**
 * What every simulated Word proxy does (SimObject): load() queues a copy of the chosen properties,
 * readable only after the sync that runs it; property writes and method calls are queued too;
 * reading what was not loaded fails as in Word. The proxies themselves are in objects.ts, the
 * queue, sync and Word.run in context.ts.
 */
import { type SimRequestContext, SimOfficeError, invalidArgument, itemNotFound, propertyNotLoaded, requireApi } from "./context";
import type { DocModel } from "./model";

// ------------------------------------------------------------------ proxy objects

export interface Scalar<T> {
  api: string;
  get(target: T, model: DocModel): unknown;
  set?(target: T, value: unknown, model: DocModel): void;
}

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(option: LoadOption): string[] {
  const raw =
    option === undefined ? [] : typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(","));
  const paths = list.map((s) => s.trim()).filter(Boolean);
  return paths.length > 0 ? paths : ["*"];
}

export abstract class SimObject<T> {
  private readonly values = new Map<string, unknown>();
  private readonly children = new Map<string, SimObject<unknown>>();
  private loaded = false;
  private isNull = false;
  private fixed: { target: T | null } | null = null;
  /** The requirement set of the object itself (a navigation property may need more than 1.1). */
  private api = "1.1";

  constructor(
    readonly context: SimRequestContext,
    private readonly resolver: (() => T | null) | null,
  ) {}

  protected abstract readonly typeName: string;
  protected abstract readonly scalars: Record<string, Scalar<T>>;
  /** Navigation properties that load() may go through ("font/name"). */
  protected readonly navigations: readonly string[] = [];

  get isNullObject(): boolean {
    if (!this.loaded) throw propertyNotLoaded("isNullObject");
    return this.isNull;
  }

  load(option?: LoadOption): this {
    const paths = parseLoad(option);
    for (const path of paths) this.validatePath(path.split("/"));
    this.enqueue(() => this.capture(paths));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }

  /** @internal */
  needsApi(version: string): this {
    this.api = version;
    return this;
  }

  /** @internal The object's target is known from now on (set by the action that makes it). */
  fix(target: T | null): void {
    this.fixed = { target };
  }

  /** @internal */
  target(): T | null {
    if (this.fixed) return this.fixed.target;
    if (this.resolver) return this.resolver();
    throw new SimOfficeError("GeneralException", "The object was used before the action that creates it ran.");
  }

  /** @internal The target, or ItemNotFound for a null object. */
  require(): T {
    const target = this.target();
    if (target === null) throw itemNotFound();
    return target;
  }

  /** @internal Queue an action on this object (checks the object's own requirement set too). */
  enqueue(run: () => void, options: { write?: boolean; api?: string } = {}): void {
    const api = this.api;
    this.context.enqueue(() => {
      requireApi(this.context.engine, api);
      run();
    }, options);
  }

  /** @internal Sync-time part of load(): copy the values into the proxy. */
  capture(paths: string[]): void {
    requireApi(this.context.engine, this.api);
    const target = this.target();
    this.loaded = true;
    this.isNull = target === null;
    if (target === null) return;
    const model = this.context.engine.model;
    const sub = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (head === "*") {
        for (const [name, scalar] of Object.entries(this.scalars)) {
          if (this.context.engine.supports("WordApi", scalar.api)) this.values.set(name, scalar.get(target, model));
        }
      } else if (rest.length === 0 && this.scalars[head]) {
        requireApi(this.context.engine, this.scalars[head].api);
        this.values.set(head, this.scalars[head].get(target, model));
      } else {
        sub.set(head, [...(sub.get(head) ?? []), rest.length ? rest.join("/") : "*"]);
      }
    }
    for (const [name, childPaths] of sub) this.child(name).capture(childPaths);
  }

  /** @internal Throws PropertyNotFound for a load path this type does not have. */
  validatePath(path: string[]): void {
    const [head, ...rest] = path;
    if (head === "*" && rest.length === 0) return;
    if (rest.length === 0 && head in this.scalars) return;
    if (this.navigations.includes(head)) {
      this.child(head).validatePath(rest.length ? rest : ["*"]);
      return;
    }
    throw new SimOfficeError("PropertyNotFound", `The property '${head}' doesn't exist on '${this.typeName}'.`);
  }

  protected get<V>(name: string): V {
    if (this.loaded && this.isNull) return undefined as V;
    if (!this.values.has(name)) throw propertyNotLoaded(name);
    return this.values.get(name) as V;
  }

  /** Property writes are queued and applied at sync, in order with everything else. */
  protected set(name: string, value: unknown): void {
    const scalar = this.scalars[name];
    this.enqueue(
      () => {
        if (!scalar.set) throw invalidArgument(`${name} is read-only`);
        scalar.set(this.require(), value, this.context.engine.model);
      },
      { write: true, api: scalar.api },
    );
  }

  /** A navigation property's object: one per parent, its target follows the parent's. */
  protected child<C extends SimObject<unknown>>(name: string, make?: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      if (!make) return (this as unknown as Record<string, C>)[name]; // via the getter, which passes make
      c = make();
      this.children.set(name, c);
    }
    return c as C;
  }
}
