import type { SourceParagraph } from "../core/paragraph";
import type { NewParagraph, ParagraphAnchor } from "../core/edits";

export type { NewParagraph, ParagraphAnchor, ParagraphFormat } from "../core/edits";

/**
 * What the task pane may do to the open document. Word (office-js) implements it in
 * `src/word/`; a later WPS host implements the same interface. The pane never touches a host's
 * own API.
 */
export interface DocumentHost {
  /** What this host can do here; read once at start. */
  capabilities(): Promise<HostCapabilities>;
  /** All paragraphs of the body, in order. One round trip whatever the length. */
  readParagraphs(): Promise<SourceParagraph[]>;
  /** The paragraph the cursor (or the start of the selection) is in, or null when unknown. */
  getCursor(): Promise<CursorPosition | null>;
  /** Select a paragraph, or a span of it. */
  select(target: TextTarget): Promise<void>;
  /** Insert text at the cursor (after the selection: nothing the user selected is replaced). */
  insertAtCursor(text: string): Promise<void>;
  /** Insert whole paragraphs before or after a paragraph, or at the end of the body. */
  insertParagraphs(anchor: ParagraphAnchor, paragraphs: NewParagraph[]): Promise<void>;
  /**
   * Replace the span `target` with `replacement`, only if the span still holds `target.text`.
   * Returns false (and changes nothing) when the text has changed since it was read.
   */
  replaceText(target: Required<TextTarget>, replacement: string): Promise<boolean>;
  /** Per-document settings, saved inside the document. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Called when the document or the selection may have changed. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export interface HostCapabilities {
  /** Host name for messages: "Word", "模拟 Word". */
  name: string;
  /** Word's list numbers can be read (WordApi 1.3). */
  listNumbers: boolean;
  /** Comments can be added (WordApi 1.4). */
  comments: boolean;
  /** Messages for the user about what is unavailable here, in Chinese. */
  notices: string[];
}

export interface CursorPosition {
  paragraph: number;
}

/** A paragraph index, and optionally a span [start, end) of its text (UTF-16 offsets). */
export interface TextTarget {
  paragraph: number;
  start?: number;
  end?: number;
  /** The text expected at [start, end); lets a host find the span again and refuse stale edits. */
  text?: string;
}
