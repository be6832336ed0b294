/**
 * The simulator without a page: document model + Word API + Office API. The browser build adds
 * a DOM view (dom.ts); Node tests use this directly.
 */
import { DocModel, type ModelRange, type SimDocument } from "./model";
import { createOffice, type SimOfficeNamespace, versionAtLeast } from "./office";
import { SimRequestContext, type SimEngine, type SimStats, run } from "./context";

/** How the document is shown and edited (the DOM view); absent in Node. */
export interface DocumentView {
  /** Read the user's edits and selection into the model (start of every sync, and save()). */
  pull(model: DocModel): void;
  /** Show the model after the add-in wrote to it (keeps the user's selection). */
  render(model: DocModel): void;
  /** Show a range chosen by select() and scroll to it. */
  showSelection(model: DocModel, range: ModelRange): void;
}

export interface SimulatorOptions {
  /** Requirement sets and their highest version, e.g. { WordApi: "1.2" }; default WordApi 1.4. */
  requirementSets?: Record<string, string>;
}

export interface SimWordNamespace {
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  RequestContext: typeof SimRequestContext;
}

/** Selection-changed handlers fire this long after the last selection change or input. */
export const CHANGE_DEBOUNCE_MS = 150;

export class SimulatorCore implements SimEngine {
  readonly model: DocModel;
  readonly stats: SimStats = { runs: 0, syncs: 0, implicitSyncs: 0 };
  readonly Word: SimWordNamespace;
  readonly Office: SimOfficeNamespace;
  view: DocumentView | null = null;
  private readonly sets: Map<string, string>;
  private changeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(doc: SimDocument, options: SimulatorOptions = {}) {
    this.model = new DocModel(doc);
    const sets = options.requirementSets ?? { WordApi: "1.4" };
    this.sets = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
    this.Word = { run: (batch) => run(this, batch), RequestContext: SimRequestContext };
    this.Office = createOffice(this);
  }

  supports(name: string, version?: string | number): boolean {
    const have = this.sets.get(name.toLowerCase());
    if (have === undefined) return false;
    return version === undefined || versionAtLeast(have, String(version));
  }

  beforeSync(): void {
    this.view?.pull(this.model);
  }

  afterSync(changed: boolean, selected: ModelRange | null): void {
    if (changed) this.view?.render(this.model);
    if (selected) this.view?.showSelection(this.model, selected);
  }

  /** The document as a file would hold it: current text, formats, saved settings. */
  save(): SimDocument {
    this.view?.pull(this.model);
    return this.model.save();
  }

  /** Close and reopen with another document (settings from it, not from memory). */
  open(doc: SimDocument): void {
    this.model.open(doc);
    this.view?.render(this.model);
    this.changed();
  }

  /** The selection or the text changed: tell the handlers once things settle. */
  changed(): void {
    if (this.changeTimer !== null) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null;
      this.Office.context.document.fireSelectionChanged();
    }, CHANGE_DEBOUNCE_MS);
  }

  /** Put the selection somewhere (tests in Node, where there is no page to click in). */
  setSelection(paragraph: number, start = 0, end = start): void {
    const para = this.model.paragraphs[paragraph];
    if (!para) throw new RangeError(`no paragraph ${paragraph}`);
    this.model.selection = { start: { para, offset: start }, end: { para, offset: end } };
    this.changed();
  }
}
