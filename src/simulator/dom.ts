/**
 * The simulated document on the page: a contenteditable element with one <p> per paragraph
 * (table paragraphs inside a <table>). List numbers are drawn by CSS from data-list, so, as in
 * Word, they are not part of the text. The model is written here after API writes; what the
 * user typed is read back at every sync.
 */
import type { DocumentView } from "./core";
import { type Alignment, type DocModel, type ModelParagraph, type ModelRange, headingLevel } from "./model";
import { cssFontFamily, injectSimulatorStyles } from "./style";

/** A place in a paragraph element: the element and a text offset. */
interface DomPoint {
  el: HTMLElement;
  offset: number;
}

interface DomSelection {
  anchor: DomPoint;
  focus: DomPoint;
}

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, without relying on the global
const CSS_ALIGN: Record<Alignment, string> = { Left: "left", Centered: "center", Right: "right", Justified: "justify" };
const BLOCK = /^(DIV|P|H[1-6]|BLOCKQUOTE|PRE|LI|UL|OL|SECTION|ARTICLE|HEADER|FOOTER|ADDRESS|DL|DT|DD|FIGURE)$/;
const HIGHLIGHT = "sim-selection";

export class DomView implements DocumentView {
  private readonly doc: Document;
  private readonly win: Window & typeof globalThis;
  private readonly observer: MutationObserver;
  private readonly byId = new Map<number, HTMLElement>();
  /** The last selection seen inside the page: clicking the task pane must not lose it. */
  private lastSelection: DomSelection | null = null;
  private highlighted: DomSelection | null = null;
  private quiet = false;

  constructor(
    readonly root: HTMLElement,
    private readonly core: { changed(): void },
  ) {
    this.doc = root.ownerDocument;
    this.win = this.doc.defaultView as Window & typeof globalThis;
    injectSimulatorStyles(this.doc);
    root.classList.add("sim-page");
    root.contentEditable = "true";
    root.spellcheck = false;
    root.setAttribute("role", "textbox");
    root.setAttribute("aria-multiline", "true");
    root.setAttribute("aria-label", "模拟 Word 文档");
    this.observer = new this.win.MutationObserver(() => {
      if (!this.quiet) this.normalize();
    });
    this.observer.observe(root, { childList: true, subtree: true });
    this.doc.addEventListener("selectionchange", this.onSelectionChange);
    root.addEventListener("input", this.onInput);
  }

  dispose(): void {
    this.observer.disconnect();
    this.doc.removeEventListener("selectionchange", this.onSelectionChange);
    this.root.removeEventListener("input", this.onInput);
  }

  // ---------------------------------------------------------------- DocumentView

  pull(model: DocModel): void {
    this.normalize();
    const known = new Map(model.paragraphs.map((p) => [p.id, p]));
    const used = new Set<ModelParagraph>();
    const next: ModelParagraph[] = [];
    this.byId.clear();
    for (const el of this.paragraphElements()) {
      let para = known.get(Number(el.dataset.pid));
      if (!para || used.has(para)) {
        // Made by the user (Enter, paste): formatted as its element says, not in a list.
        para = model.create({ ...formatFromElement(el), text: "" });
        this.withoutObserver(() => {
          el.dataset.pid = String(para!.id);
          delete el.dataset.list;
        });
      }
      used.add(para);
      para.text = readText(el);
      para.inTable = el.parentElement !== this.root || undefined;
      next.push(para);
      this.byId.set(para.id, el);
    }
    model.setParagraphs(next);

    const seen = this.readDomSelection() ?? this.lastSelection;
    const a = seen && this.toModel(seen.anchor, model);
    const f = seen && this.toModel(seen.focus, model);
    if (a && f) {
      const forward = model.compare(a, f) <= 0;
      model.selection = forward ? { start: a, end: f } : { start: f, end: a };
    }
    if (!model.selection || !model.contains(model.selection.start.para) || !model.contains(model.selection.end.para)) {
      model.selection = model.endOfDocument();
    }
  }

  render(model: DocModel): void {
    const focused = this.readDomSelection() !== null;
    this.withoutObserver(() => {
      this.byId.clear();
      const fragment = this.doc.createDocumentFragment();
      let tbody: HTMLTableSectionElement | null = null;
      for (const para of model.paragraphs) {
        const el = this.paragraphElement(para);
        const comments = model.commentsOn(para);
        if (comments.length) {
          el.classList.add("sim-commented");
          el.title = comments.map((c) => `批注：${c}`).join("\n");
        }
        this.byId.set(para.id, el);
        if (para.inTable) {
          if (!tbody) {
            const table = this.doc.createElement("table");
            table.className = "sim-table";
            tbody = this.doc.createElement("tbody");
            table.append(tbody);
            fragment.append(table);
          }
          const row = this.doc.createElement("tr");
          const cell = this.doc.createElement("td");
          cell.append(el);
          row.append(cell);
          tbody.append(row);
        } else {
          tbody = null;
          fragment.append(el);
        }
      }
      this.root.replaceChildren(fragment);
    });
    this.clearHighlight();
    if (model.selection) {
      const sel = this.toDom(model.selection);
      this.lastSelection = sel;
      if (sel && focused) this.applyDomSelection(sel);
    }
  }

  showSelection(_model: DocModel, range: ModelRange): void {
    const sel = this.toDom(range);
    if (!sel) return;
    this.lastSelection = sel;
    this.applyDomSelection(sel);
    sel.anchor.el.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.highlight(sel);
  }

  // ---------------------------------------------------------------- events

  private readonly onInput = (): void => {
    this.normalize();
    this.core.changed();
  };

  private readonly onSelectionChange = (): void => {
    const sel = this.readDomSelection();
    if (!sel) return; // outside the page (the task pane): keep the last one
    const same = this.lastSelection !== null && sameSelection(sel, this.lastSelection);
    this.lastSelection = sel;
    if (this.highlighted && !sameSelection(sel, this.highlighted)) this.clearHighlight();
    if (!same) this.core.changed();
  };

  // ---------------------------------------------------------------- structure

  /** Paragraph elements in document order: <p> children of the page and of table cells. */
  private paragraphElements(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>(":scope > p, :scope > table td > p"));
  }

  private isParagraphElement(node: Node | null): node is HTMLElement {
    if (!node || node.nodeType !== 1 || (node as Element).tagName !== "P") return false;
    const parent = node.parentElement;
    return parent === this.root || (parent?.tagName === "TD" && this.root.contains(parent));
  }

  /**
   * Make the page one element per paragraph again after the browser edited it: wrap stray text,
   * turn other blocks into <p>, and when Enter cloned a paragraph, keep its identity (and list
   * number) on one of the two only. Does nothing when nothing is wrong, so typing is not disturbed.
   */
  private normalize(): void {
    // Plain values, not a Range: a live Range would be moved by the changes below.
    const sel = this.win.getSelection();
    const before =
      sel && sel.anchorNode && sel.focusNode
        ? { an: sel.anchorNode, ao: sel.anchorOffset, fn: sel.focusNode, fo: sel.focusOffset }
        : null;
    let changed = false;
    this.withoutObserver(() => {
      changed = this.normalizeContainer(this.root) || changed;
      for (const cell of Array.from(this.root.querySelectorAll<HTMLElement>(":scope > table td"))) {
        changed = this.normalizeContainer(cell) || changed;
      }
      changed = this.dropDuplicateIds() || changed;
      if (this.paragraphElements().length === 0) {
        this.root.append(this.emptyParagraph());
        changed = true;
      }
    });
    if (changed && sel && before) {
      // Moved nodes keep their identity, so the old boundary points still mean the same place.
      const paragraphs = this.paragraphElements();
      const kept = (n: Node) => paragraphs.some((p) => p.contains(n));
      if (kept(before.an) && kept(before.fn)) {
        try {
          sel.setBaseAndExtent(before.an, before.ao, before.fn, before.fo);
        } catch {
          // an offset past a node's new end: leave the browser's selection
        }
      }
    }
  }

  private normalizeContainer(container: HTMLElement): boolean {
    let changed = false;
    let run: Node[] = [];
    const flush = (beforeNode: Node | null) => {
      if (run.length === 0) return;
      const p = this.doc.createElement("p");
      container.insertBefore(p, beforeNode);
      p.append(...run);
      run = [];
      changed = true;
    };
    for (const node of Array.from(container.childNodes)) {
      if (node.nodeType === 1) {
        const el = node as HTMLElement;
        if (el.tagName === "P" || (el.tagName === "TABLE" && container === this.root)) {
          flush(el);
        } else if (BLOCK.test(el.tagName) || el.tagName === "TABLE") {
          flush(el);
          for (const text of blockLines(el)) {
            const p = this.doc.createElement("p");
            p.textContent = text;
            if (!text) p.append(this.doc.createElement("br"));
            container.insertBefore(p, el);
          }
          el.remove();
          changed = true;
        } else {
          run.push(el); // inline (span, b, br …)
        }
      } else if (node.nodeType === 3) {
        // Whitespace between blocks comes from pasted HTML source, not from typing.
        if (/\S/.test((node as Text).data) || (run.length > 0 && (node as Text).data.length > 0)) run.push(node);
        else node.remove();
      } else {
        node.remove(); // comments and the like
      }
    }
    flush(null);
    return changed;
  }

  /** Enter clones the paragraph's attributes: the clone becomes a new paragraph without number. */
  private dropDuplicateIds(): boolean {
    const groups = new Map<string, HTMLElement[]>();
    for (const el of this.paragraphElements()) {
      const id = el.dataset.pid;
      if (id) groups.set(id, [...(groups.get(id) ?? []), el]);
    }
    let changed = false;
    for (const els of groups.values()) {
      if (els.length < 2) continue;
      // The original is the part that kept text (Enter at the start leaves an empty one first).
      const keeper = els.find((el) => readText(el) !== "") ?? els[0];
      for (const el of els) {
        if (el === keeper) continue;
        delete el.dataset.pid;
        delete el.dataset.list;
        changed = true;
      }
    }
    return changed;
  }

  private paragraphElement(para: ModelParagraph): HTMLElement {
    const el = this.doc.createElement("p");
    el.dataset.pid = String(para.id);
    if (para.listString) el.dataset.list = para.listString;
    if (para.style) el.dataset.style = para.style;
    if (/^(title|标题)$/i.test(para.style ?? "")) el.classList.add("sim-title");
    const look = headingLevel(para.style);
    if (look) el.classList.add(`sim-h${Math.min(look, 4)}`);
    if (para.outlineLevel !== undefined) el.dataset.outline = String(para.outlineLevel);
    if (para.font !== undefined) {
      el.dataset.font = para.font;
      el.style.fontFamily = cssFontFamily(para.font);
    }
    if (para.size !== undefined) {
      el.dataset.size = String(para.size);
      el.style.fontSize = `${para.size}pt`;
    }
    if (para.bold !== undefined) {
      el.dataset.bold = String(para.bold);
      el.style.fontWeight = para.bold ? "bold" : "normal";
    }
    if (para.alignment !== undefined) {
      el.dataset.align = para.alignment;
      el.style.textAlign = CSS_ALIGN[para.alignment];
    }
    if (para.firstLineIndent !== undefined) {
      el.dataset.indent = String(para.firstLineIndent);
      el.style.textIndent = `${para.firstLineIndent}pt`;
    }
    el.textContent = para.text.replace(/\v/g, "\n"); // a manual line break, shown by pre-wrap
    if (!para.text) el.append(this.doc.createElement("br")); // an empty paragraph keeps its line
    return el;
  }

  private emptyParagraph(): HTMLElement {
    const p = this.doc.createElement("p");
    p.append(this.doc.createElement("br"));
    return p;
  }

  private withoutObserver(change: () => void): void {
    const wasQuiet = this.quiet;
    this.quiet = true;
    try {
      change();
    } finally {
      this.observer.takeRecords();
      this.quiet = wasQuiet;
    }
  }

  // ---------------------------------------------------------------- selection

  /** The DOM selection when it is inside the page, as paragraph points. */
  private readDomSelection(): DomSelection | null {
    const sel = this.win.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
    if (!this.root.contains(sel.anchorNode) || !this.root.contains(sel.focusNode)) return null;
    const anchor = this.toPoint(sel.anchorNode, sel.anchorOffset);
    const focus = this.toPoint(sel.focusNode, sel.focusOffset);
    return anchor && focus ? { anchor, focus } : null;
  }

  /** A DOM boundary point as (paragraph element, text offset). */
  private toPoint(node: Node, offset: number): DomPoint | null {
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (this.isParagraphElement(n)) {
        const range = this.doc.createRange();
        range.setStart(n, 0);
        try {
          range.setEnd(node, offset);
        } catch {
          return { el: n, offset: 0 };
        }
        return { el: n, offset: range.toString().length };
      }
    }
    // Between blocks (on the page, a table or a cell): the paragraph that follows, or the end.
    const paragraphs = this.paragraphElements();
    const after = node.childNodes[offset] ?? null;
    if (after) {
      const next = paragraphs.find(
        (p) => p === after || after.contains(p) || (after.compareDocumentPosition(p) & 4) !== 0, // FOLLOWING
      );
      if (next) return { el: next, offset: 0 };
    } else {
      const inside = paragraphs.filter((p) => node.contains(p));
      const prev = inside[inside.length - 1];
      if (prev) return { el: prev, offset: readText(prev).length };
    }
    const last = paragraphs[paragraphs.length - 1];
    return last ? { el: last, offset: readText(last).length } : null;
  }

  private toModel(point: DomPoint, model: DocModel): { para: ModelParagraph; offset: number } | null {
    if (!point.el.isConnected) return null;
    const para = model.paragraphs.find((p) => p.id === Number(point.el.dataset.pid));
    return para ? { para, offset: Math.min(point.offset, para.text.length) } : null;
  }

  private toDom(range: ModelRange): DomSelection | null {
    const a = this.byId.get(range.start.para.id);
    const b = this.byId.get(range.end.para.id);
    return a && b ? { anchor: { el: a, offset: range.start.offset }, focus: { el: b, offset: range.end.offset } } : null;
  }

  /** The text node and offset for a paragraph point (or the element itself when empty). */
  private boundary(point: DomPoint): [Node, number] {
    const walker = this.doc.createTreeWalker(point.el, SHOW_TEXT);
    let remaining = point.offset;
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (remaining <= n.data.length) return [n, remaining];
      remaining -= n.data.length;
      last = n;
    }
    return last ? [last, last.data.length] : [point.el, 0];
  }

  private applyDomSelection(sel: DomSelection): void {
    const [an, ao] = this.boundary(sel.anchor);
    const [fn, fo] = this.boundary(sel.focus);
    this.win.getSelection()?.setBaseAndExtent(an, ao, fn, fo);
  }

  /** Keep a select()ed span visible after focus goes back to the task pane. */
  private highlight(sel: DomSelection): void {
    const registry = (this.win.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const Highlight = (this.win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !Highlight) return;
    const range = this.doc.createRange();
    const [an, ao] = this.boundary(sel.anchor);
    const [fn, fo] = this.boundary(sel.focus);
    range.setStart(an, ao);
    range.setEnd(fn, fo);
    registry.set(HIGHLIGHT, new Highlight(range));
    this.highlighted = sel;
  }

  private clearHighlight(): void {
    (this.win.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(HIGHLIGHT);
    this.highlighted = null;
  }
}

/**
 * A paragraph's text as Word would report it: Shift+Enter in a pre-wrap page inserts "\n",
 * which is Word's manual line break "\v" (one character either way, so offsets agree).
 */
function readText(el: HTMLElement): string {
  return (el.textContent ?? "").replace(/\n/g, "\v");
}

function sameSelection(a: DomSelection, b: DomSelection): boolean {
  return (
    a.anchor.el === b.anchor.el &&
    a.anchor.offset === b.anchor.offset &&
    a.focus.el === b.focus.el &&
    a.focus.offset === b.focus.offset
  );
}

/** Formatting kept on a paragraph element (cloned by the browser with it). */
function formatFromElement(el: HTMLElement): Omit<ModelParagraph, "id" | "text"> {
  const d = el.dataset;
  const num = (s: string | undefined) => (s === undefined || s === "" || Number.isNaN(Number(s)) ? undefined : Number(s));
  return {
    style: d.style || undefined,
    outlineLevel: num(d.outline),
    font: d.font || undefined,
    size: num(d.size),
    bold: d.bold === undefined ? undefined : d.bold === "true",
    alignment: d.align && d.align in CSS_ALIGN ? (d.align as Alignment) : undefined,
    firstLineIndent: num(d.indent),
  };
}

/** The text lines of a pasted block: one per innermost block, or its whole text. */
function blockLines(el: HTMLElement): string[] {
  const leaves = Array.from(el.querySelectorAll<HTMLElement>("*")).filter(
    (e) => BLOCK.test(e.tagName) && !Array.from(e.querySelectorAll("*")).some((c) => BLOCK.test(c.tagName)),
  );
  if (leaves.length === 0) return [el.textContent ?? ""];
  return leaves.map((e) => e.textContent ?? "");
}
