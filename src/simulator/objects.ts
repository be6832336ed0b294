/**
 * The Word API's proxy objects that WordHost uses, on SimObject (proxy.ts): Document, Body,
 * Paragraph, Range, their collections, Font and ListItem, each with the properties and methods of
 * its WordApi requirement set. The queue, sync and Word.run are in context.ts.
 */
import { SimOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./context";
import {
  type Alignment,
  type DocModel,
  type ModelParagraph,
  type ModelRange,
  copyRange,
  headingLevel,
  pointRange,
} from "./model";
import { SimObject, type Scalar } from "./proxy";

// ------------------------------------------------------------------ Document, Body

export class SimDocumentObject extends SimObject<DocModel> {
  protected readonly typeName = "Word.Document";
  protected readonly scalars = {};
  protected override readonly navigations = ["body"];

  get body(): SimBody {
    return this.child("body", () => new SimBody(this.context, () => this.require()));
  }

  getSelection(): SimRange {
    const range = new SimRange(this.context, null);
    this.enqueue(() => {
      const model = this.require();
      range.fix(this.context.track(copyRange(model.selection ?? model.endOfDocument())));
    });
    return range;
  }
}

export class SimBody extends SimObject<DocModel> {
  protected readonly typeName = "Word.Body";
  protected readonly scalars: Record<string, Scalar<DocModel>> = {
    text: { api: "1.1", get: (m) => m.paragraphs.map((p) => p.text).join("\r") },
  };
  protected override readonly navigations = ["paragraphs"];

  get text(): string {
    return this.get("text");
  }

  get paragraphs(): SimParagraphCollection {
    return this.child("paragraphs", () => new SimParagraphCollection(this.context, () => this.require().paragraphs));
  }

  insertParagraph(text: string, location: string): SimParagraphObject {
    if (location !== "Start" && location !== "End") throw invalidArgument(`insertLocation ${location}`);
    const para = new SimParagraphObject(this.context, null);
    this.enqueue(() => para.fix(this.require().insertBodyParagraph(location, String(text))), { write: true });
    return para;
  }

  getRange(location: string = "Whole"): SimRange {
    const range = new SimRange(this.context, null);
    this.enqueue(
      () => {
        const m = this.require();
        const first = m.paragraphs[0];
        const last = m.paragraphs[m.paragraphs.length - 1];
        let r: ModelRange;
        if (location === "Start") r = pointRange(first, 0);
        else if (location === "End") r = pointRange(last, last.text.length);
        else if (location === "Whole" || location === "Content")
          r = { start: { para: first, offset: 0 }, end: { para: last, offset: last.text.length } };
        else throw invalidArgument(`rangeLocation ${location}`);
        range.fix(this.context.track(r));
      },
      { api: "1.3" },
    );
    return range;
  }
}

// ------------------------------------------------------------------ Paragraph

const ALIGNMENTS: readonly string[] = ["Left", "Centered", "Right", "Justified"];

const BUILT_IN_STYLES: Record<string, string> = { Normal: "Normal" };
for (let i = 1; i <= 9; i++) BUILT_IN_STYLES[`Heading${i}`] = `Heading ${i}`;

const PARAGRAPH_SCALARS: Record<string, Scalar<ModelParagraph>> = {
  text: { api: "1.1", get: (p) => p.text },
  style: {
    api: "1.1",
    get: (p) => p.style ?? "Normal",
    set: (p, v) => {
      p.style = String(v);
      p.outlineLevel = undefined; // a style brings its own outline level
    },
  },
  styleBuiltIn: {
    api: "1.3",
    get: (p) => Object.entries(BUILT_IN_STYLES).find(([, name]) => name === (p.style ?? "Normal"))?.[0] ?? "Other",
    set: (p, v) => {
      const name = BUILT_IN_STYLES[String(v)];
      if (!name) throw invalidArgument(`styleBuiltIn ${String(v)}`);
      p.style = name;
      p.outlineLevel = undefined;
    },
  },
  outlineLevel: {
    api: "1.1",
    get: (p) => p.outlineLevel ?? headingLevel(p.style) ?? 10, // 10: body text, as Word reports it
    set: (p, v) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 10) throw invalidArgument(`outlineLevel ${v}`);
      p.outlineLevel = v === 10 ? undefined : v;
    },
  },
  alignment: {
    api: "1.1",
    get: (p) => p.alignment ?? "Left",
    set: (p, v) => {
      if (!ALIGNMENTS.includes(String(v))) throw invalidArgument(`alignment ${String(v)}`);
      p.alignment = v as Alignment;
    },
  },
  firstLineIndent: {
    api: "1.1",
    get: (p) => p.firstLineIndent ?? 0,
    set: (p, v) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`firstLineIndent ${v}`);
      p.firstLineIndent = v;
    },
  },
  tableNestingLevel: { api: "1.3", get: (p) => (p.inTable ? 1 : 0) },
  isListItem: { api: "1.3", get: (p) => Boolean(p.listString) },
};

export class SimParagraphObject extends SimObject<ModelParagraph> {
  protected readonly typeName = "Word.Paragraph";
  protected readonly scalars = PARAGRAPH_SCALARS;
  protected override readonly navigations = ["font", "listItemOrNullObject"];

  /** @internal A paragraph the user deleted since it was handed out is gone. */
  override target(): ModelParagraph | null {
    const p = super.target();
    if (p && !this.context.engine.model.contains(p)) throw itemNotFound();
    return p;
  }

  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value);
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.set("styleBuiltIn", value);
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  set outlineLevel(value: number) {
    this.set("outlineLevel", value);
  }
  get alignment(): string {
    return this.get("alignment");
  }
  set alignment(value: string) {
    this.set("alignment", value);
  }
  get firstLineIndent(): number {
    return this.get("firstLineIndent");
  }
  set firstLineIndent(value: number) {
    this.set("firstLineIndent", value);
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }

  get font(): SimFont {
    return this.child("font", () => new SimFont(this.context, () => this.require()));
  }

  get listItemOrNullObject(): SimListItem {
    return this.child("listItemOrNullObject", () => {
      const item = new SimListItem(this.context, () => {
        const p = this.require();
        return p.listString ? p : null;
      });
      return item.needsApi("1.3");
    });
  }

  select(selectionMode?: string): void {
    this.enqueue(() => this.context.select(this.context.engine.model.wholeParagraph(this.require()), selectionMode));
  }

  search(searchText: string, options: { matchCase?: boolean; matchWildcards?: boolean } = {}): SimRangeCollection {
    const found = new SimRangeCollection(this.context, null);
    this.enqueue(() => {
      if (options.matchWildcards) throw invalidArgument("matchWildcards is not simulated");
      const text = literalSearchText(searchText);
      const ranges = this.context.engine.model.search(this.require(), text, options.matchCase === true);
      found.fix(ranges.map((r) => this.context.track(r)));
    });
    return found;
  }

  insertParagraph(text: string, location: string): SimParagraphObject {
    if (location !== "Before" && location !== "After") throw invalidArgument(`insertLocation ${location}`);
    const para = new SimParagraphObject(this.context, null);
    this.enqueue(
      () => para.fix(this.context.engine.model.insertParagraph(this.require(), location, String(text))),
      { write: true },
    );
    return para;
  }

  insertText(text: string, location: string): SimRange {
    const range = new SimRange(this.context, null);
    this.enqueue(
      () => {
        const p = this.require();
        const whole = this.context.engine.model.wholeParagraph(p);
        const at =
          location === "Replace"
            ? whole
            : location === "Start"
              ? pointRange(p, 0)
              : location === "End"
                ? pointRange(p, p.text.length)
                : null;
        if (!at) throw invalidArgument(`insertLocation ${location}`);
        range.fix(this.context.track(this.context.engine.model.replace(at, String(text))));
      },
      { write: true },
    );
    return range;
  }

  getRange(location: string = "Whole"): SimRange {
    const range = new SimRange(this.context, null);
    this.enqueue(
      () => {
        const model = this.context.engine.model;
        const p = this.require();
        let r: ModelRange;
        if (location === "Whole" || location === "Content") r = model.wholeParagraph(p);
        else if (location === "Start") r = pointRange(p, 0);
        else if (location === "End") r = pointRange(p, p.text.length);
        else if (location === "After") {
          const next = model.paragraphs[model.indexOf(p) + 1];
          r = next ? pointRange(next, 0) : pointRange(p, p.text.length);
        } else throw invalidArgument(`rangeLocation ${location}`);
        range.fix(this.context.track(r));
      },
      { api: "1.3" },
    );
    return range;
  }

  /** Out of its list, if it is in one. */
  detachFromList(): void {
    this.enqueue(
      () => {
        this.require().listString = undefined;
      },
      { write: true, api: "1.3" },
    );
  }
}

/** Word's search codes: the simulator takes "^^" (a caret) and refuses the others. */
function literalSearchText(text: string): string {
  return String(text).replace(/\^(.)?/g, (_, c: string | undefined) => {
    if (c === "^") return "^";
    throw invalidArgument(`search code ^${c ?? ""} is not simulated`);
  });
}

export class SimParagraphCollection extends SimObject<ModelParagraph[]> {
  protected readonly typeName = "Word.ParagraphCollection";
  protected readonly scalars = {};
  private loadedItems: SimParagraphObject[] | null = null;

  get items(): SimParagraphObject[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  /** Collections load their items: "items/text" and "text" both mean each item's text. */
  override validatePath(path: string[]): void {
    const rest = path[0] === "items" ? path.slice(1) : path;
    new SimParagraphObject(this.context, null).validatePath(rest.length ? rest : ["*"]);
  }

  override capture(paths: string[]): void {
    const list = this.require();
    const itemPaths = paths.map((p) => (p === "items" ? "*" : p.startsWith("items/") ? p.slice(6) : p));
    this.loadedItems = list.map((para) => {
      const item = new SimParagraphObject(this.context, null);
      item.fix(para);
      item.capture(itemPaths);
      return item;
    });
  }

  getFirst(): SimParagraphObject {
    const para = new SimParagraphObject(this.context, null);
    this.enqueue(
      () => {
        const list = this.require();
        if (list.length === 0) throw itemNotFound();
        para.fix(list[0]);
      },
      { api: "1.3" },
    );
    return para;
  }
}

// ------------------------------------------------------------------ Range

export class SimRange extends SimObject<ModelRange> {
  protected readonly typeName = "Word.Range";
  protected readonly scalars: Record<string, Scalar<ModelRange>> = {
    text: { api: "1.1", get: (r, m) => m.textOf(r) },
  };
  protected override readonly navigations = ["paragraphs"];

  get text(): string {
    return this.get("text");
  }

  get paragraphs(): SimParagraphCollection {
    return this.child(
      "paragraphs",
      () => new SimParagraphCollection(this.context, () => this.context.engine.model.paragraphsIn(this.require())),
    );
  }

  select(selectionMode?: string): void {
    this.enqueue(() => this.context.select(this.require(), selectionMode));
  }

  insertText(text: string, location: string): SimRange {
    const range = new SimRange(this.context, null);
    this.enqueue(
      () => {
        const r = this.require();
        let at: ModelRange;
        if (location === "Replace") at = r;
        else if (location === "Start" || location === "Before") at = pointRange(r.start.para, r.start.offset);
        else if (location === "End" || location === "After") at = pointRange(r.end.para, r.end.offset);
        else throw invalidArgument(`insertLocation ${location}`);
        range.fix(this.context.track(this.context.engine.model.replace(at, String(text))));
      },
      { write: true },
    );
    return range;
  }

  delete(): void {
    this.enqueue(() => void this.context.engine.model.replace(this.require(), ""), { write: true });
  }

  /** WordApi 1.4. The comment object itself is not modelled: the host does not read it back. */
  insertComment(commentText: string): Record<string, never> {
    this.enqueue(() => this.context.engine.model.addComment(this.require(), String(commentText)), { write: true, api: "1.4" });
    return {};
  }

  expandTo(other: SimRange): SimRange {
    if (!(other instanceof SimRange) || other.context !== this.context) {
      throw new SimOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    }
    const range = new SimRange(this.context, null);
    this.enqueue(
      () => {
        const model = this.context.engine.model;
        const a = this.require();
        const b = other.require();
        const start = model.compare(a.start, b.start) <= 0 ? a.start : b.start;
        const end = model.compare(a.end, b.end) >= 0 ? a.end : b.end;
        range.fix(this.context.track({ start: { ...start }, end: { ...end } }));
      },
      { api: "1.3" },
    );
    return range;
  }
}

export class SimRangeCollection extends SimObject<ModelRange[]> {
  protected readonly typeName = "Word.RangeCollection";
  protected readonly scalars = {};
  private loadedItems: SimRange[] | null = null;

  get items(): SimRange[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override validatePath(path: string[]): void {
    const rest = path[0] === "items" ? path.slice(1) : path;
    new SimRange(this.context, null).validatePath(rest.length ? rest : ["*"]);
  }

  override capture(paths: string[]): void {
    const list = this.require();
    const itemPaths = paths.map((p) => (p === "items" ? "*" : p.startsWith("items/") ? p.slice(6) : p));
    this.loadedItems = list.map((r) => {
      const item = new SimRange(this.context, null);
      item.fix(r);
      item.capture(itemPaths);
      return item;
    });
  }
}

// ------------------------------------------------------------------ Font, ListItem

export class SimFont extends SimObject<ModelParagraph> {
  protected readonly typeName = "Word.Font";
  protected readonly scalars: Record<string, Scalar<ModelParagraph>> = {
    name: {
      api: "1.1",
      get: (p) => p.font ?? "",
      set: (p, v) => {
        p.font = String(v);
      },
    },
    size: {
      api: "1.1",
      get: (p) => p.size ?? 10.5,
      set: (p, v) => {
        if (typeof v !== "number" || !(v > 0)) throw invalidArgument(`font.size ${v}`);
        p.size = v;
      },
    },
    bold: {
      api: "1.1",
      get: (p) => p.bold ?? false,
      set: (p, v) => {
        p.bold = Boolean(v);
      },
    },
  };

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value);
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.set("size", value);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
}

export class SimListItem extends SimObject<ModelParagraph> {
  protected readonly typeName = "Word.ListItem";
  protected readonly scalars: Record<string, Scalar<ModelParagraph>> = {
    listString: { api: "1.3", get: (p) => p.listString ?? "" },
  };

  get listString(): string {
    return this.get("listString");
  }
}
