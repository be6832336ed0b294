/**
 * The part of Word's JavaScript API that WordHost uses, with Word's rules: proxy objects queue
 * loads, writes and method calls; nothing happens until `context.sync()`, which runs the queue
 * in order against the document; a property can only be read after it was loaded and synced.
 * A WordHost that forgets a load or a sync fails here as it would in Word.
 *
 * This file: the request context and its queue, Word.run, requirement-set checks and the errors
 * Word throws. The proxy objects (Document, Body, Paragraph, Range …) are in objects.ts.
 */
import { type DocModel, ModelError, type ModelRange, copyRange, pointRange } from "./model";
// objects.ts imports this file too; neither uses the other before a function runs, so either
// may be imported first.
import { SimDocumentObject } from "./objects";

export interface SimStats {
  runs: number;
  /** Explicit context.sync() calls. */
  syncs: number;
  /** Queues that Word.run flushed itself because the batch ended without a sync. */
  implicitSyncs: number;
}

/** What the Word API needs from the rest of the simulator. */
export interface SimEngine {
  readonly model: DocModel;
  readonly stats: SimStats;
  supports(name: string, version: string): boolean;
  /** Start of every sync, before the queue runs: take in what the user typed. */
  beforeSync(): void;
  /** End of every sync: show the document if it was written, and the range select() chose. */
  afterSync(changed: boolean, selected: ModelRange | null): void;
}

export class SimOfficeError extends ModelError {
  get debugInfo(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function propertyNotLoaded(name: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** @internal */
export const itemNotFound = () => new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
/** @internal */
export const invalidArgument = (what: string) =>
  new SimOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`);

interface Action {
  run(): void;
  write: boolean;
}

/** Real office-js goes to Word and back; a macrotask keeps un-awaited syncs from passing. */
const roundTrip = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SimRequestContext {
  readonly document: SimDocumentObject;
  private queue: Action[] = [];
  private done = false;
  private selected: ModelRange | null = null;

  constructor(readonly engine: SimEngine) {
    this.document = new SimDocumentObject(this, () => engine.model);
  }

  async sync(): Promise<void> {
    this.engine.stats.syncs++;
    await this.flush();
  }

  /** @internal Queue an action needing WordApi `api`. */
  enqueue(run: () => void, options: { write?: boolean; api?: string } = {}): void {
    if (this.done) {
      throw new SimOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    }
    const api = options.api ?? "1.1";
    this.queue.push({
      run: () => {
        requireApi(this.engine, api);
        run();
      },
      write: options.write ?? false,
    });
  }

  /** @internal */
  get pending(): number {
    return this.queue.length;
  }

  /** @internal Run the queue (what sync does after the round trip). */
  async flush(): Promise<void> {
    if (this.done) {
      throw new SimOfficeError("InvalidRequestContext", "The request context is no longer valid: Word.run has finished.");
    }
    const actions = this.queue;
    this.queue = [];
    await roundTrip();
    this.engine.beforeSync();
    let changed = false;
    try {
      for (const action of actions) {
        if (action.write) changed = true;
        action.run(); // an error stops the batch here; earlier actions stay done, as in Word
      }
    } finally {
      const selected = this.selected;
      this.selected = null;
      this.engine.afterSync(changed, selected);
    }
  }

  /** @internal */
  close(): void {
    this.done = true;
    this.engine.model.untrack(this);
  }

  /** @internal A range handed out to the add-in: it follows later edits during this run. */
  track(range: ModelRange): ModelRange {
    return this.engine.model.track(range, this);
  }

  /** @internal What select() does at sync time. */
  select(range: ModelRange, mode: string | undefined): void {
    let chosen: ModelRange;
    if (mode === undefined || mode === "Select") chosen = copyRange(range);
    else if (mode === "Start") chosen = pointRange(range.start.para, range.start.offset);
    else if (mode === "End") chosen = pointRange(range.end.para, range.end.offset);
    else throw invalidArgument(`selectionMode ${mode}`);
    this.engine.model.selection = chosen;
    this.selected = copyRange(chosen);
  }
}

export function requireApi(engine: SimEngine, version: string): void {
  if (!engine.supports("WordApi", version)) {
    throw new SimOfficeError(
      "ApiNotFound",
      `The API you are trying to use could not be found. It may be available in a newer version of Word (WordApi ${version}). Please refer to the documentation: "Word JavaScript API requirement sets".`,
    );
  }
}

/** Word.run(batch): a fresh context; whatever is still queued when the batch ends is synced. */
export async function run<T>(engine: SimEngine, batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
  if (typeof batch !== "function") throw invalidArgument("batch");
  engine.stats.runs++;
  const context = new SimRequestContext(engine);
  try {
    const result = await batch(context);
    if (context.pending > 0) {
      engine.stats.implicitSyncs++;
      await context.flush();
    }
    return result;
  } finally {
    context.close();
  }
}
