/**
 * The part of the Common API (`Office`) that WordHost and the pane use: requirement sets,
 * document settings, the selection-changed event and onReady.
 */
import type { DocModel } from "./model";

export const EVENT_SELECTION_CHANGED = "documentSelectionChanged";

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { name: string; message: string; code: number } | null;
  asyncContext: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;

/** What the Office object needs from the simulator. */
export interface OfficeBackend {
  readonly model: DocModel;
  supports(name: string, version?: string | number): boolean;
}

/** Compare "1.10" with "1.4" as versions, not as text. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Answer the callback later, as Office does. */
function answer<T>(callback: Callback<T> | undefined, result: AsyncResult<T>): void {
  if (callback) setTimeout(() => callback(result), 0);
}

const ok = <T>(value: T, asyncContext?: unknown): AsyncResult<T> => ({
  status: "succeeded",
  value,
  error: null,
  asyncContext,
});

const failed = (code: number, name: string, message: string, asyncContext?: unknown): AsyncResult<undefined> => ({
  status: "failed",
  value: undefined,
  error: { name, message, code },
  asyncContext,
});

export class SimSettings {
  constructor(private readonly backend: OfficeBackend) {}

  /** The value, or null when there is none (as Office answers). */
  get(name: string): unknown {
    const json = this.backend.model.settings.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  /** Values are stored as JSON, as Office stores them in the document. */
  set(name: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error(`Settings value for '${name}' cannot be serialized to JSON.`);
    this.backend.model.settings.set(name, json);
  }

  remove(name: string): void {
    this.backend.model.settings.delete(name);
  }

  /** Persist the in-memory settings in the document (what save() returns and open() restores). */
  saveAsync(options?: unknown, callback?: Callback<undefined>): void {
    const cb = (typeof options === "function" ? options : callback) as Callback<undefined> | undefined;
    const asyncContext = typeof options === "object" && options ? (options as { asyncContext?: unknown }).asyncContext : undefined;
    const model = this.backend.model;
    model.savedSettings = Object.fromEntries([...model.settings].map(([k, v]) => [k, JSON.parse(v)]));
    answer(cb, ok(undefined, asyncContext));
  }
}

type Handler = (args: { type: string; document: unknown }) => void;

export class SimOfficeDocument {
  readonly settings: SimSettings;
  private readonly handlers = new Set<Handler>();

  constructor(backend: OfficeBackend) {
    this.settings = new SimSettings(backend);
  }

  addHandlerAsync(eventType: string, handler: Handler, options?: unknown, callback?: Callback<undefined>): void {
    const cb = (typeof options === "function" ? options : callback) as Callback<undefined> | undefined;
    if (eventType !== EVENT_SELECTION_CHANGED) {
      answer(cb, failed(5003, "Invalid event type", "The specified event type is not supported by this object."));
      return;
    }
    if (typeof handler !== "function") {
      answer(cb, failed(5000, "Invalid argument", "The handler is not a function."));
      return;
    }
    this.handlers.add(handler);
    answer(cb, ok(undefined));
  }

  removeHandlerAsync(eventType: string, options?: unknown, callback?: Callback<undefined>): void {
    const cb = (typeof options === "function" ? options : callback) as Callback<undefined> | undefined;
    const handler = typeof options === "object" && options ? (options as { handler?: Handler }).handler : undefined;
    if (eventType !== EVENT_SELECTION_CHANGED) {
      answer(cb, failed(5003, "Invalid event type", "The specified event type is not supported by this object."));
      return;
    }
    if (handler) this.handlers.delete(handler);
    else this.handlers.clear();
    answer(cb, ok(undefined));
  }

  /** @internal Tell the handlers that the selection (or the text) changed. */
  fireSelectionChanged(): void {
    for (const handler of [...this.handlers]) {
      try {
        handler({ type: EVENT_SELECTION_CHANGED, document: this });
      } catch (error) {
        console.error(error);
      }
    }
  }

  /** @internal */
  get handlerCount(): number {
    return this.handlers.size;
  }
}

export interface SimOfficeNamespace {
  context: {
    document: SimOfficeDocument;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    host: "Word";
    platform: "PC";
    displayLanguage: string;
  };
  onReady(callback?: (info: { host: "Word"; platform: "PC" }) => void): Promise<{ host: "Word"; platform: "PC" }>;
  EventType: { DocumentSelectionChanged: typeof EVENT_SELECTION_CHANGED };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  HostType: { Word: "Word" };
  PlatformType: { PC: "PC" };
}

export function createOffice(backend: OfficeBackend): SimOfficeNamespace {
  const document = new SimOfficeDocument(backend);
  const info = { host: "Word", platform: "PC" } as const;
  return {
    context: {
      document,
      requirements: { isSetSupported: (name, minVersion) => backend.supports(name, minVersion) },
      host: "Word",
      platform: "PC",
      displayLanguage: "zh-CN",
    },
    onReady(callback) {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    EventType: { DocumentSelectionChanged: EVENT_SELECTION_CHANGED },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Word: "Word" },
    PlatformType: { PC: "PC" },
  };
}
