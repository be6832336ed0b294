/**
 * A small Word document behind office-addin-mock, for WordHost's unit tests.
 *
 * office-addin-mock gives each scalar property Word's load/sync behaviour (unloaded values read
 * as an error string, not the value). Its `load` cannot see inside arrays, so collections
 * (paragraphs, search results) are small wrappers here: `load("items/text")` loads `text` on
 * each item mock, and `items` is readable only after the next `context.sync()`. Every run gets
 * fresh mocks (values loaded in one Word.run are not readable in the next) and `context.sync`
 * is wrapped to count calls.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockParagraph {
  text: string;
  style?: string;
  /** As Word reports it; 10 (body text) when absent. */
  outlineLevel?: number;
  inTable?: boolean;
  listString?: string;
}

/** A paragraph of the mock document; `mock` is the proxy last handed out for it (to see writes). */
export interface Entry extends MockParagraph {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mock?: any;
  detached?: boolean;
}

export interface MockWordOptions {
  /** Highest WordApi version the mock Word supports ("1.1", "1.3", "1.4"). */
  wordApi?: string;
}

interface Syncable {
  sync(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

class MockCollection implements Syncable {
  private list: Any[] | null = null;
  private state: "idle" | "queued" | "loaded" = "idle";

  constructor(
    private readonly make: () => Any[],
    tracked: Syncable[],
  ) {
    tracked.push(this);
  }

  load(arg?: string | string[]): this {
    const props = (Array.isArray(arg) ? arg : (arg ?? "").split(","))
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter((s) => s && s !== "items");
    this.list ??= this.make();
    if (props.length > 0) for (const item of this.list) item.load(props.join(","));
    this.state = "queued";
    return this;
  }

  get items(): Any[] {
    if (this.state !== "loaded") throw new Error("PropertyNotLoaded: items (mock collection not loaded and synced)");
    return this.list!;
  }

  getFirst(): Any {
    return (this.list ??= this.make())[0];
  }

  async sync(): Promise<void> {
    if (this.state === "queued") this.state = "loaded";
  }
}

/** A span of the mock document: from (entry a, offset) to (entry b, offset). */
interface Span {
  a: Entry;
  aOff: number;
  b: Entry;
  bOff: number;
}

export class MockWord {
  readonly doc: Entry[];
  syncs = 0;
  runs = 0;
  /** Where the user's selection is (for getSelection). */
  selection: { paragraph: number; start: number; end: number } = { paragraph: 0, start: 0, end: 0 };
  /** What the host selected last (select()). */
  selected: { paragraph: number; start: number; end: number; mode?: string } | null = null;
  readonly searches: { text: string; options: unknown }[] = [];
  readonly setsAsked: string[] = [];
  /** Settings as the add-in sees them, and as saved in the document. */
  readonly settings = new Map<string, string>();
  saved: Record<string, unknown> = {};
  failSave = false;
  /** Cells after the cursor's that Word adds when a range is widened to a table row. */
  rowTail = 0;
  /** When set, Word.run rejects with it (as Word does when the document is busy, etc.). */
  runError: unknown = null;
  readonly handlers = new Set<(args: unknown) => void>();
  /** Comments added (WordApi 1.4): the paragraph, the text commented on, and the comment. */
  readonly comments: { paragraph: number; text: string; comment: string }[] = [];
  /** When set, subscribing to selection changes fails (as in some Word versions). */
  failSubscribe = false;
  readonly Word: { run<T>(batch: (context: Any) => Promise<T>): Promise<T> };
  readonly Office: Any;
  private readonly wordApi: string;

  constructor(paragraphs: MockParagraph[], options: MockWordOptions = {}) {
    this.doc = paragraphs.map((p) => ({ ...p }));
    this.wordApi = options.wordApi ?? "1.4";
    this.Word = {
      run: async (batch) => {
        this.runs++;
        if (this.runError) throw this.runError;
        return batch(this.context());
      },
    };
    this.Office = this.office();
  }

  install(): void {
    const g = globalThis as Any;
    g.Word = this.Word;
    g.Office = this.Office;
  }

  get api13(): boolean {
    return Number(this.wordApi.split(".")[1]) >= 3;
  }

  texts(): string[] {
    return this.doc.map((e) => e.text);
  }

  fireSelectionChanged(): void {
    for (const h of [...this.handlers]) h({ type: "documentSelectionChanged" });
  }

  // ------------------------------------------------------------------ Word

  private context(): Any {
    const tracked: Syncable[] = [];
    const body: Record<string, unknown> = {
      insertParagraph: (text: string, location: string) => {
        const entry: Entry = { text };
        if (location === "Start") this.doc.unshift(entry);
        else if (location === "End") this.doc.push(entry);
        else throw new Error(`bad location ${location}`);
        return this.paragraphMock(entry, tracked);
      },
    };
    if (this.api13) {
      body.getRange = (location: string) => {
        if (location !== "Start") throw new Error("mock: only body.getRange('Start')");
        const first = this.doc[0];
        return this.rangeMock({ a: first, aOff: 0, b: first, bOff: 0 }, tracked);
      };
    }
    const context = new OfficeMockObject({
      document: {
        body,
        getSelection: () => {
          const { paragraph, start, end } = this.selection;
          const entry = this.doc[paragraph];
          return this.rangeMock({ a: entry, aOff: start, b: entry, bOff: end }, tracked);
        },
      },
    }) as Any;
    context.document.body.paragraphs = new MockCollection(
      () => this.doc.map((e) => this.paragraphMock(e, tracked)),
      tracked,
    );
    const sync = context.sync.bind(context) as () => Promise<void>;
    context.sync = async () => {
      this.syncs++;
      await sync();
      for (const t of [...tracked]) await t.sync();
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the mocks' nested updates land
    };
    return context;
  }

  private paragraphMock(entry: Entry, tracked: Syncable[]): Any {
    const data: Record<string, unknown> = {
      text: entry.text,
      style: entry.style ?? "Normal",
      outlineLevel: entry.outlineLevel ?? 10,
      alignment: "Left",
      firstLineIndent: 0,
      font: { name: "仿宋_GB2312", size: 16, bold: false },
      search: (text: string, options: unknown) => this.search(entry, text, options, tracked),
      select: (mode?: string) => this.recordSelect({ a: entry, aOff: 0, b: entry, bOff: entry.text.length }, mode),
      insertParagraph: (text: string, location: string) => {
        const i = this.doc.indexOf(entry);
        const created: Entry = { text, style: entry.style, inTable: entry.inTable, listString: entry.listString };
        if (location === "Before") this.doc.splice(i, 0, created);
        else if (location === "After") this.doc.splice(i + 1, 0, created);
        else throw new Error(`bad location ${location}`);
        return this.paragraphMock(created, tracked);
      },
      insertText: (text: string, location: string) => {
        const len = entry.text.length;
        const span: Span =
          location === "Replace"
            ? { a: entry, aOff: 0, b: entry, bOff: len }
            : location === "Start"
              ? { a: entry, aOff: 0, b: entry, bOff: 0 }
              : { a: entry, aOff: len, b: entry, bOff: len };
        return this.rangeMock(this.replace(span, text), tracked);
      },
    };
    if (this.api13) {
      Object.assign(data, {
        tableNestingLevel: entry.inTable ? 1 : 0,
        isListItem: Boolean(entry.listString),
        styleBuiltIn: "Other",
        listItemOrNullObject: { listString: entry.listString ?? "" },
        detachFromList: () => {
          entry.listString = undefined;
          entry.detached = true;
        },
        getRange: (location = "Whole") =>
          this.rangeMock(
            location === "Start"
              ? { a: entry, aOff: 0, b: entry, bOff: 0 }
              : location === "End"
                ? { a: entry, aOff: entry.text.length, b: entry, bOff: entry.text.length }
                : { a: entry, aOff: 0, b: entry, bOff: entry.text.length },
            tracked,
          ),
      });
    }
    const mock = new OfficeMockObject(data) as Any;
    if (this.api13) {
      // office-js sets isNullObject itself when the object comes back from Word.
      Object.defineProperty(mock.listItemOrNullObject, "isNullObject", { value: !entry.listString });
    }
    tracked.push(mock);
    entry.mock = mock;
    return mock;
  }

  private rangeMock(span: Span, tracked: Syncable[]): Any {
    const single = span.a === span.b;
    const data: Record<string, unknown> = {
      text: single ? span.a.text.slice(span.aOff, span.bOff) : "",
      select: (mode?: string) => this.recordSelect(span, mode),
      insertText: (text: string, location: string) => {
        const at: Span =
          location === "Replace"
            ? span
            : location === "End" || location === "After"
              ? { a: span.b, aOff: span.bOff, b: span.b, bOff: span.bOff }
              : { a: span.a, aOff: span.aOff, b: span.a, bOff: span.aOff };
        return this.rangeMock(this.replace(at, text), tracked);
      },
      delete: () => void this.replace(span, ""),
    };
    if (Number(this.wordApi.split(".")[1]) >= 4) {
      data.insertComment = (comment: string) => {
        this.comments.push({ paragraph: this.doc.indexOf(span.a), text: single ? span.a.text.slice(span.aOff, span.bOff) : "", comment });
        return new OfficeMockObject({ content: comment });
      };
    }
    if (this.api13) {
      data.expandTo = (other: Any) => {
        const o = other.__span as Span;
        const ai = this.doc.indexOf(span.a);
        const oi = this.doc.indexOf(o.a);
        const start = ai < oi || (ai === oi && span.aOff <= o.aOff) ? span : o;
        const bi = this.doc.indexOf(span.b);
        const obi = this.doc.indexOf(o.b);
        const end = bi > obi || (bi === obi && span.bOff >= o.bOff) ? span : o;
        return this.rangeMock({ a: start.a, aOff: start.aOff, b: end.b, bOff: end.bOff }, tracked);
      };
    }
    const mock = new OfficeMockObject(data) as Any;
    mock.__span = span;
    mock.paragraphs = new MockCollection(() => {
      // Word widens a range ending in a table to the whole row: the row's later cells come too.
      const last = this.doc.indexOf(span.b);
      let end = last + 1;
      while (span.b.inTable && this.doc[end]?.inTable && end <= last + this.rowTail) end++;
      return this.doc.slice(this.doc.indexOf(span.a), end).map((e) => this.paragraphMock(e, tracked));
    }, tracked);
    tracked.push(mock);
    return mock;
  }

  private search(entry: Entry, text: string, options: unknown, tracked: Syncable[]): MockCollection {
    this.searches.push({ text, options });
    const matchCase = (options as { matchCase?: boolean } | undefined)?.matchCase === true;
    const hay = matchCase ? entry.text : entry.text.toLowerCase();
    const needle = matchCase ? text : text.toLowerCase();
    const spans: Span[] = [];
    for (let at = hay.indexOf(needle); needle && at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      spans.push({ a: entry, aOff: at, b: entry, bOff: at + needle.length });
    }
    return new MockCollection(() => spans.map((s) => this.rangeMock(s, tracked)), tracked);
  }

  private recordSelect(span: Span, mode?: string): void {
    const paragraph = this.doc.indexOf(span.a);
    if (mode === "Start") this.selected = { paragraph, start: span.aOff, end: span.aOff, mode };
    else if (mode === "End") this.selected = { paragraph: this.doc.indexOf(span.b), start: span.bOff, end: span.bOff, mode };
    else this.selected = { paragraph, start: span.aOff, end: span.bOff, mode };
  }

  /** Replace a span; across paragraphs it joins them (the marks between go). Returns the new text's span. */
  private replace(span: Span, text: string): Span {
    if (span.a !== span.b) {
      const ai = this.doc.indexOf(span.a);
      const bi = this.doc.indexOf(span.b);
      span.a.text = span.a.text.slice(0, span.aOff) + text + span.b.text.slice(span.bOff);
      this.doc.splice(ai + 1, bi - ai);
      return { a: span.a, aOff: span.aOff, b: span.a, bOff: span.aOff + text.length };
    }
    const e = span.a;
    e.text = e.text.slice(0, span.aOff) + text + e.text.slice(span.bOff);
    return { a: e, aOff: span.aOff, b: e, bOff: span.aOff + text.length };
  }

  // ------------------------------------------------------------------ Office

  private office(): Any {
    const later = (f: () => void) => setTimeout(f, 0);
    const data = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            this.setsAsked.push(`${name} ${version}`);
            if (name !== "WordApi") return false;
            return version === undefined || Number(version.split(".")[1]) <= Number(this.wordApi.split(".")[1]);
          },
        },
        document: {
          settings: {
            get: (key: string) => {
              const json = this.settings.get(key);
              return json === undefined ? null : JSON.parse(json);
            },
            set: (key: string, value: unknown) => void this.settings.set(key, JSON.stringify(value)),
            remove: (key: string) => void this.settings.delete(key),
            saveAsync: (callback: (r: unknown) => void) =>
              later(() => {
                if (this.failSave) {
                  callback({ status: "failed", error: { code: 5001, name: "Internal Error", message: "An internal error has occurred." } });
                  return;
                }
                this.saved = Object.fromEntries([...this.settings].map(([k, v]) => [k, JSON.parse(v)]));
                callback({ status: "succeeded" });
              }),
          },
          addHandlerAsync: (type: string, handler: (args: unknown) => void, callback?: (r: unknown) => void) => {
            if (this.failSubscribe) {
              later(() => callback?.({ status: "failed", error: { code: 5001, message: "An internal error has occurred." } }));
              return;
            }
            if (type === "documentSelectionChanged") this.handlers.add(handler);
            later(() => callback?.({ status: "succeeded" }));
          },
          removeHandlerAsync: (type: string, options: { handler?: (args: unknown) => void }, callback?: (r: unknown) => void) => {
            if (type === "documentSelectionChanged" && options?.handler) this.handlers.delete(options.handler);
            later(() => callback?.({ status: "succeeded" }));
          },
        },
      },
      EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
    // The Common API has no load/sync: office-addin-mock's Outlook mode hands values out directly.
    return new OfficeMockObject(data, "outlook" as never);
  }
}
