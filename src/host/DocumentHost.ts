import type { SourceParagraph } from "../core/paragraph";
import type { CommentRequest, DocumentEdit } from "../core/edits";

export type { CommentRequest, DocumentEdit, NewParagraph, ParagraphAnchor, ParagraphFormat, ParagraphInsertion, TextEdit } from "../core/edits";

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
  /** The text the writer has selected ("" for a cursor without a selection). */
  getSelectedText(): Promise<string>;
  /** Select a paragraph, or a span of it. */
  select(target: TextTarget): Promise<void>;
  /** Insert text at the cursor (after the selection: nothing the user selected is replaced). */
  insertAtCursor(text: string): Promise<void>;
  /**
   * Make a batch of edits planned on one reading of the document, in one round of the host
   * whatever their number. A text edit is refused (and nothing of it changed) when its span no
   * longer reads `expected`, overlaps another edit, or cannot be found exactly; the others are made.
   */
  applyEdits(edits: readonly DocumentEdit[]): Promise<EditResult>;
  /** Add Word comments (批注), in one round. `unsupported` where this Word has no comments (WordApi 1.4). */
  addComments(comments: readonly CommentRequest[]): Promise<CommentResult>;
  /** Per-document settings, saved inside the document. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /**
   * Called when the document or the selection may have changed. `onError` hears (in Chinese)
   * when the host cannot tell, so the pane can say that it will not follow edits by itself.
   * Returns an unsubscribe function.
   */
  onChange(listener: () => void, onError?: (message: string) => void): () => void;
}

export interface EditResult {
  applied: DocumentEdit[];
  refused: DocumentEdit[];
}

export interface CommentResult {
  added: number;
  /** Comments this host cannot add at all (Word without WordApi 1.4). */
  unsupported: boolean;
  /** Comments whose text was no longer where it was read. */
  refused: CommentRequest[];
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
