import type { SourceParagraph } from "../core/paragraph";
import type {
  CursorPosition,
  DocumentHost,
  HostCapabilities,
  NewParagraph,
  ParagraphAnchor,
  ParagraphFormat,
  TextTarget,
} from "../host/DocumentHost";
import { WordHostError, wrapError } from "./errors";
import { nearestOccurrence, planSpan, type SearchStep, type SpanPlan } from "./spans";

export { WordHostError } from "./errors";

/**
 * The Word (office-js) implementation of DocumentHost: the only code that touches the `Word`
 * and `Office` globals. Requirement sets used:
 * - WordApi 1.1: paragraphs (text, style, outlineLevel, font, alignment, firstLineIndent),
 *   search, select, insertParagraph, insertText, delete, getSelection;
 * - WordApi 1.3 (optional): tableNestingLevel, isListItem, listItemOrNullObject.listString,
 *   styleBuiltIn, detachFromList, getRange, expandTo, ParagraphCollection.getFirst;
 * - WordApi 1.4: only reported (comments);
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
            const before = start > 0 ? await findTextBefore(context, paragraph, text, start) : null;
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

  async insertParagraphs(anchor: ParagraphAnchor, paragraphs: NewParagraph[]): Promise<void> {
    if (paragraphs.length === 0) return;
    const { api13 } = this.probe();
    await this.run("插入段落", async (context) => {
      const body = context.document.body;
      let previous: Word.Paragraph | null = null;
      let before: Word.Paragraph | null = null;
      if (anchor.location !== "End") {
        const at = await loadParagraph(context, anchor.paragraph);
        if (anchor.location === "After") previous = at;
        else before = at;
      }
      for (const { text, format } of paragraphs) {
        // Before: each goes right before the anchor, so they stay in order; After: each goes
        // after the one inserted last.
        const created: Word.Paragraph = before
          ? before.insertParagraph(text, "Before")
          : previous
            ? previous.insertParagraph(text, "After")
            : body.insertParagraph(text, "End");
        if (!before) previous = created;
        if (api13) {
          // New paragraphs copy the anchor's paragraph: no list number, no heading style.
          created.styleBuiltIn = "Normal";
          created.detachFromList(); // a no-op when it is not a list item
        }
        applyFormat(created, format);
      }
      await context.sync();
    });
  }

  async replaceText(target: Required<TextTarget>, replacement: string): Promise<boolean> {
    const { api13 } = this.probe();
    return this.run("替换文字", async (context) => {
      const paragraph = await loadParagraph(context, target.paragraph);
      const text = stripMark(paragraph.text);
      const { start, end } = target;
      if (!(start >= 0 && start <= end && end <= text.length) || text.slice(start, end) !== target.text) {
        return false;
      }
      if (start === end) {
        if (replacement === "") return true;
        if (start === 0) {
          paragraph.insertText(replacement, "Start");
        } else if (start === text.length) {
          paragraph.insertText(replacement, "End");
        } else {
          const before = await findTextBefore(context, paragraph, text, start);
          if (!before) return false; // see below: never rewrite the whole paragraph
          before.insertText(replacement, "End");
        }
      } else {
        const plan = planSpan(text, start, end, api13);
        const range = plan ? await findSpan(context, paragraph, plan) : null;
        // The span cannot be found by search ('^', overlapping repeats): refuse rather than
        // rewrite the paragraph, which would drop pictures, footnotes and comments in it.
        if (!range) return false;
        if (replacement === "") range.delete();
        else range.insertText(replacement, "Replace");
      }
      await context.sync();
      return true;
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

  onChange(listener: () => void): () => void {
    const document = Office.context.document;
    const type = Office.EventType.DocumentSelectionChanged;
    let state: "adding" | "added" | "removed" = "adding";
    const handler = () => {
      if (state !== "removed") listener();
    };
    const remove = () => document.removeHandlerAsync(type, { handler });
    document.addHandlerAsync(type, handler, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        console.warn("无法订阅 Word 的选择变化事件，文档改动后需手动重新检查。", result.error);
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

/** Paragraph `index` of the body with its text loaded (one round trip). */
async function loadParagraph(context: Word.RequestContext, index: number): Promise<Word.Paragraph> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const items = paragraphs.items;
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new WordHostError(`找不到第 ${index + 1} 段：文档现有 ${items.length} 段，可能已被修改，请重新检查。`);
  }
  return items[index];
}

/** Run the plan's searches (one round trip) and return the span's range, or null if not found. */
async function findSpan(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  plan: SpanPlan,
): Promise<Word.Range | null> {
  const steps: SearchStep[] = plan.kind === "one" ? [plan.search] : [plan.head, plan.tail];
  const results = steps.map((step) => {
    const found = paragraph.search(step.text, { matchCase: true });
    found.load("items/text");
    return found;
  });
  await context.sync();
  const ranges: Word.Range[] = [];
  for (let i = 0; i < steps.length; i++) {
    const match = results[i].items[steps[i].index];
    // Word's matching may differ from ours (hidden text, fields): never act on another span.
    if (!match || match.text !== steps[i].text) return null;
    ranges.push(match);
  }
  return ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
}

/** A short range ending at `offset` (found by searching the text just before it), or null. */
async function findTextBefore(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  paragraphText: string,
  offset: number,
): Promise<Word.Range | null> {
  // One character is enough unless it is a '^' or the second half of a surrogate pair.
  for (let length = 1; length <= Math.min(offset, 8); length++) {
    const code = paragraphText.charCodeAt(offset - length);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const plan = planSpan(paragraphText, offset - length, offset, false);
    if (plan) return findSpan(context, paragraph, plan);
  }
  return null;
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
