import type { SourceParagraph } from "../core/paragraph";
import { editsOverlap, isInsertion, orderEdits, type CommentRequest, type DocumentEdit, type ParagraphInsertion, type TextEdit } from "../core/edits";
import type {
  CommentResult,
  CursorPosition,
  DocumentHost,
  EditResult,
  HostCapabilities,
  ParagraphFormat,
  TextTarget,
} from "../host/DocumentHost";
import { WordHostError, wrapError } from "./errors";
import { nearestOccurrence, planBefore, planSpan, type SearchStep, type SpanPlan } from "./spans";

export { WordHostError } from "./errors";

/**
 * The Word (office-js) implementation of DocumentHost: the only code that touches the `Word`
 * and `Office` globals. Requirement sets used:
 * - WordApi 1.1: paragraphs (text, style, outlineLevel, font, alignment, firstLineIndent),
 *   search, select, insertParagraph, insertText, delete, getSelection;
 * - WordApi 1.3 (optional): tableNestingLevel, isListItem, listItemOrNullObject.listString,
 *   styleBuiltIn, detachFromList, getRange, expandTo, ParagraphCollection.getFirst;
 * - WordApi 1.4 (optional): Range.insertComment;
 * - Common API: document settings, DocumentSelectionChanged, requirements.isSetSupported.
 */
export class WordHost implements DocumentHost {
  private support?: { api13: boolean; api14: boolean };
  private readonly name: string;

  /** `name` is for messages only ("Word"; the simulator may say "模拟 Word"). */
  constructor(options: { name?: string } = {}) {
    this.name = options.name ?? "Word";
  }

  async capabilities(): Promise<HostCapabilities> {
    const { api13, api14 } = this.probe();
    const notices: string[] = [];
    if (!api13) {
      notices.push(
        "此版本的 Word 不支持读取自动编号（需要 WordApi 1.3，Word 2019 及以上），编号按正文文字识别。",
        "此版本的 Word 无法识别表格中的段落，也无法定位光标所在段落。",
      );
    }
    // No notice for comments (WordApi 1.4): the pre-submission checks say so where they offer
    // comments, rather than every panel warning of a feature it does not use.
    return { name: this.name, listNumbers: api13, comments: api14, notices };
  }

  async readParagraphs(): Promise<SourceParagraph[]> {
    const { api13 } = this.probe();
    return this.run("读取文档段落", async (context) => {
      const paragraphs = context.document.body.paragraphs;
      const props = ["items/text", "items/style", "items/outlineLevel"];
      if (api13) props.push("items/tableNestingLevel", "items/isListItem");
      paragraphs.load(props.join(","));
      await context.sync();

      const items = paragraphs.items;
      // Second (and last) round trip: the list numbers, queued for all list items at once.
      const listItems = new Map<number, Word.ListItem>();
      if (api13) {
        items.forEach((p, i) => {
          if (p.isListItem) {
            const item = p.listItemOrNullObject;
            item.load("listString");
            listItems.set(i, item);
          }
        });
        if (listItems.size > 0) await context.sync();
      }

      return items.map((p, i): SourceParagraph => {
        const out: SourceParagraph = { text: stripMark(p.text) };
        if (p.style) out.style = p.style;
        const level = p.outlineLevel;
        if (Number.isInteger(level) && level >= 1 && level <= 9) out.outlineLevel = level;
        if (api13 && p.tableNestingLevel > 0) out.inTable = true;
        const item = listItems.get(i);
        if (item && !item.isNullObject && item.listString) out.listString = item.listString;
        return out;
      });
    });
  }

  async getCursor(): Promise<CursorPosition | null> {
    // Counting the paragraphs up to the selection needs getRange/expandTo (WordApi 1.3).
    if (!this.probe().api13) return null;
    try {
      return await Word.run(async (context) => {
        const body = context.document.body;
        const first = context.document.getSelection().paragraphs.getFirst();
        const upToCursor = body.getRange("Start").expandTo(first.getRange("Whole")).paragraphs;
        first.load("text");
        upToCursor.load("items/text");
        await context.sync();
        const items = upToCursor.items;
        // Word widens a range that ends in a table to whole rows, so the cursor's paragraph may
        // not be the last one: take the last paragraph with its text among the final ones.
        for (let i = items.length - 1; i >= Math.max(0, items.length - 64); i--) {
          if (items[i].text === first.text) return { paragraph: i };
        }
        return items.length > 0 ? { paragraph: items.length - 1 } : null;
      });
    } catch {
      // Selection outside the body (header, footnote, comment…): no paragraph index.
      return null;
    }
  }

  async getSelectedText(): Promise<string> {
    return this.run("读取选中的文字", async (context) => {
      const selection = context.document.getSelection();
      selection.load("text");
      await context.sync();
      // Word ends a selection that takes a whole paragraph with its mark.
      return selection.text.replace(/\r$/, "");
    });
  }

  async select(target: TextTarget): Promise<void> {
    const { api13 } = this.probe();
    await this.run("选中文字", async (context) => {
      const paragraph = await loadParagraph(context, target.paragraph);
      const text = stripMark(paragraph.text);
      let plan: SpanPlan | null = null;
      if (target.start !== undefined && target.end !== undefined) {
        let { start, end } = target;
        const wanted = target.text ?? text.slice(start, end);
        if (text.slice(start, end) !== wanted) {
          // Edited since it was read: take the nearest place the text still is.
          const at = nearestOccurrence(text, wanted, start);
          if (at !== null) [start, end] = [at, at + wanted.length];
        }
        if (text.slice(start, end) === wanted) {
          if (start === end) {
            // A cursor position: put the cursor after the text before it.
            const plan = start > 0 ? planBefore(text, start) : null;
            const before = plan ? await findSpan(context, paragraph, plan) : null;
            if (before) before.select("End");
            else paragraph.select(start === 0 ? "Start" : "Select");
            await context.sync();
            return;
          }
          plan = planSpan(text, start, end, api13);
        }
      }
      const range = plan ? await findSpan(context, paragraph, plan) : null;
      (range ?? paragraph).select();
      await context.sync();
    });
  }

  async insertAtCursor(text: string): Promise<void> {
    await this.run("在光标处插入文字", async (context) => {
      // "End" never removes what the user selected; a collapsed selection gets the same result
      // as "Replace". The cursor is then put after the new text.
      const inserted = context.document.getSelection().insertText(text, "End");
      inserted.select("End");
      await context.sync();
    });
  }

  async applyEdits(edits: readonly DocumentEdit[]): Promise<EditResult> {
    if (edits.length === 0) return { applied: [], refused: [] };
    const { api13 } = this.probe();
    return this.run("修改文档", async (context) => {
      // 1. The paragraphs as they are now: every edit's index refers to this reading.
      const paragraphs = await loadParagraphs(context);
      const refused: DocumentEdit[] = [];
      const accept = (e: DocumentEdit) => void applied.push(e);
      const applied: DocumentEdit[] = [];

      // 2. Find every span at once (one round trip), last in the document first so that a
      // change never moves a span still to be changed; overlapping edits are refused.
      // Each write: how to find its range after the searches' sync (null: not found), and the change.
      const writes: { edit: TextEdit; range: () => Word.Range | Word.Paragraph | null; at: "Replace" | "Start" | "End" }[] = [];
      const taken: TextEdit[] = [];
      let searches = false;
      /**
       * The range of [start, end) of a paragraph, found again after the next sync; null where it
       * cannot be searched. A point only at the paragraph's start or end (WordApi 1.3).
       */
      const spanOf = (paragraph: Word.Paragraph, text: string, start: number, end: number): (() => Word.Range | null) | null => {
        if (start === end) {
          if (start === 0) return () => paragraph.getRange("Start");
          return start === text.length ? () => paragraph.getRange("End") : null;
        }
        const plan = planSpan(text, start, end, api13);
        if (!plan) return null;
        searches = true;
        return queueSpan(paragraph, plan);
      };
      for (const edit of orderEdits(edits.filter((e): e is TextEdit => !isInsertion(e)))) {
        const paragraph = paragraphs[edit.paragraph];
        const text = paragraph ? stripMark(paragraph.text) : undefined;
        const next = edit.joinNext ? paragraphs[edit.paragraph + 1] : undefined;
        const nextText = next ? stripMark(next.text) : undefined;
        const { start, end } = edit;
        const fits =
          text !== undefined &&
          start >= 0 &&
          start <= end &&
          end <= text.length &&
          text.slice(start, end) === edit.expected &&
          (!edit.joinNext || (api13 && end === text.length && nextText !== undefined && nextText.startsWith(edit.joinNext.expected)));
        if (!fits || taken.some((t) => editsOverlap(t, edit))) {
          refused.push(edit);
          continue;
        }
        taken.push(edit);
        if (edit.joinNext) {
          // From the end of this line's text to past the next line's start, paragraph mark included.
          const from = spanOf(paragraph, text, start, end);
          const to = spanOf(next!, nextText!, 0, edit.joinNext.expected.length);
          if (!from || !to) {
            refused.push(edit);
            continue;
          }
          writes.push({ edit, range: () => { const a = from(); const b = to(); return a && b ? a.expandTo(b) : null; }, at: "Replace" });
        } else if (start === end && edit.replacement === "") {
          accept(edit);
        } else if (start === end && (start === 0 || start === text.length)) {
          writes.push({ edit, range: () => paragraph, at: start === 0 ? "Start" : "End" });
        } else {
          // An insertion goes after the text before it; a replacement takes the span itself.
          // A span Word's search cannot find exactly ('^', overlapping repeats) is refused: never
          // rewrite the whole paragraph, which would drop pictures, footnotes and comments in it.
          const plan = start === end ? planBefore(text, start) : planSpan(text, start, end, api13);
          if (!plan) {
            refused.push(edit);
            continue;
          }
          searches = true;
          writes.push({ edit, range: queueSpan(paragraph, plan), at: start === end ? "End" : "Replace" });
        }
      }
      if (searches) await context.sync();

      // 3. Every write, then one round trip.
      for (const w of writes) {
        const range = w.range();
        if (!range) {
          refused.push(w.edit);
          continue;
        }
        if (w.at !== "Replace") range.insertText(w.edit.replacement, w.at);
        else if (w.edit.replacement === "") range.delete();
        else range.insertText(w.edit.replacement, "Replace");
        accept(w.edit);
      }
      for (const insertion of edits.filter(isInsertion)) {
        if (insertParagraphs(context, paragraphs, insertion, api13)) accept(insertion);
        else refused.push(insertion);
      }
      if (applied.length > 0) await context.sync();
      return { applied, refused };
    });
  }

  async addComments(comments: readonly CommentRequest[]): Promise<CommentResult> {
    const { api13, api14 } = this.probe();
    if (!api14) return { added: 0, unsupported: true, refused: [] };
    if (comments.length === 0) return { added: 0, unsupported: false, refused: [] };
    return this.run("添加批注", async (context) => {
      const paragraphs = await loadParagraphs(context);
      const refused: CommentRequest[] = [];
      const queued: { comment: CommentRequest; find: () => Word.Range | null }[] = [];
      for (const comment of comments) {
        const paragraph = paragraphs[comment.paragraph];
        const text = paragraph ? stripMark(paragraph.text) : undefined;
        const plan = text !== undefined && text.slice(comment.start, comment.end) === comment.expected ? planSpan(text, comment.start, comment.end, api13) : null;
        if (plan) queued.push({ comment, find: queueSpan(paragraph, plan) });
        // A place between characters, or text Word cannot search: the comment goes on the paragraph.
        else if (paragraph && text !== undefined && (comment.start === comment.end || text.slice(comment.start, comment.end) === comment.expected)) queued.push({ comment, find: () => paragraph.getRange("Whole") });
        else refused.push(comment);
      }
      await context.sync();
      let added = 0;
      for (const { comment, find } of queued) {
        const range = find();
        if (!range) {
          refused.push(comment);
          continue;
        }
        range.insertComment(comment.text);
        added++;
      }
      if (added > 0) await context.sync();
      return { added, unsupported: false, refused };
    });
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    try {
      const value: unknown = Office.context.document.settings.get(key);
      return value === null || value === undefined ? undefined : (value as T);
    } catch (error) {
      throw wrapError(`读取设置“${key}”`, error);
    }
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const settings = Office.context.document.settings;
    try {
      if (value === undefined) settings.remove(key);
      else settings.set(key, value);
    } catch (error) {
      throw wrapError(`写入设置“${key}”`, error);
    }
    await new Promise<void>((resolve, reject) => {
      try {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(wrapError(`保存设置“${key}”到文档`, result.error));
          } else {
            resolve();
          }
        });
      } catch (error) {
        reject(wrapError(`保存设置“${key}”到文档`, error));
      }
    });
  }

  onChange(listener: () => void, onError?: (message: string) => void): () => void {
    const document = Office.context.document;
    const type = Office.EventType.DocumentSelectionChanged;
    let state: "adding" | "added" | "removed" = "adding";
    const handler = () => {
      if (state !== "removed") listener();
    };
    const remove = () => document.removeHandlerAsync(type, { handler });
    document.addHandlerAsync(type, handler, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        onError?.("无法跟踪文档的改动（Word 未能订阅选择变化事件）：修改文档后请点“重新检查”。");
        return;
      }
      if (state === "removed") remove(); // unsubscribed before Word confirmed
      else state = "added";
    });
    return () => {
      if (state === "added") remove();
      state = "removed";
    };
  }

  /** Requirement sets, asked once. */
  private probe(): { api13: boolean; api14: boolean } {
    if (!this.support) {
      const supported = (version: string) => {
        try {
          return Office.context.requirements.isSetSupported("WordApi", version) === true;
        } catch {
          return false;
        }
      };
      this.support = { api13: supported("1.3"), api14: supported("1.4") };
    }
    return this.support;
  }

  private async run<T>(what: string, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Word.run(batch);
    } catch (error) {
      throw wrapError(what, error);
    }
  }
}

/** Word may end a paragraph's text with its mark. */
function stripMark(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/** The body's paragraphs with their text loaded (one round trip). */
async function loadParagraphs(context: Word.RequestContext): Promise<Word.Paragraph[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  return paragraphs.items;
}

/** Paragraph `index` of the body with its text loaded (one round trip). */
async function loadParagraph(context: Word.RequestContext, index: number): Promise<Word.Paragraph> {
  const items = await loadParagraphs(context);
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new WordHostError(`找不到第 ${index + 1} 段：文档现有 ${items.length} 段，可能已被修改，请重新检查。`);
  }
  return items[index];
}

/**
 * Queue the plan's searches; after the next sync, the returned function gives the span's range,
 * or null when Word's matches differ from ours (hidden text, fields): never act on another span.
 */
function queueSpan(paragraph: Word.Paragraph, plan: SpanPlan): () => Word.Range | null {
  const steps: SearchStep[] = plan.kind === "one" ? [plan.search] : [plan.head, plan.tail];
  const results = steps.map((step) => {
    const found = paragraph.search(step.text, { matchCase: true });
    found.load("items/text");
    return found;
  });
  return () => {
    const ranges: Word.Range[] = [];
    for (let i = 0; i < steps.length; i++) {
      const match = results[i].items[steps[i].index];
      if (!match || match.text !== steps[i].text) return null;
      ranges.push(match);
    }
    return ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
  };
}

/** Run the plan's searches (one round trip) and return the span's range, or null if not found. */
async function findSpan(context: Word.RequestContext, paragraph: Word.Paragraph, plan: SpanPlan): Promise<Word.Range | null> {
  const find = queueSpan(paragraph, plan);
  await context.sync();
  return find();
}

/**
 * Queue new paragraphs before or after a paragraph of the reading, or at the end of the body.
 * False when the anchor is no longer there.
 */
function insertParagraphs(context: Word.RequestContext, paragraphs: Word.Paragraph[], { anchor, paragraphs: added }: ParagraphInsertion, api13: boolean): boolean {
  let previous: Word.Paragraph | null = null;
  let before: Word.Paragraph | null = null;
  if (anchor.location !== "End") {
    const at = paragraphs[anchor.paragraph];
    if (!at) return false;
    if (anchor.location === "After") previous = at;
    else before = at;
  }
  for (const { text, format, keepStyle } of added) {
    // Before: each goes right before the anchor, so they stay in order; After: each goes
    // after the one inserted last.
    const created: Word.Paragraph = before
      ? before.insertParagraph(text, "Before")
      : previous
        ? previous.insertParagraph(text, "After")
        : context.document.body.insertParagraph(text, "End");
    if (!before) previous = created;
    if (api13 && !keepStyle) {
      // New paragraphs copy the anchor's paragraph: no list number, no heading style.
      created.styleBuiltIn = "Normal";
      created.detachFromList(); // a no-op when it is not a list item
    }
    applyFormat(created, format);
  }
  return true;
}

function applyFormat(paragraph: Word.Paragraph, format: ParagraphFormat | undefined): void {
  if (!format) return;
  if (format.font !== undefined) paragraph.font.name = format.font;
  if (format.size !== undefined) paragraph.font.size = format.size;
  if (format.bold !== undefined) paragraph.font.bold = format.bold;
  if (format.alignment !== undefined) paragraph.alignment = format.alignment;
  if (format.firstLineIndent !== undefined) paragraph.firstLineIndent = format.firstLineIndent;
  if (format.outlineLevel !== undefined) paragraph.outlineLevel = format.outlineLevel;
}
