/**
 * Edits the engine proposes and a host carries out (insert headings, renumber): plain data, so
 * the engine stays pure and every host applies them the same way.
 */
export type ParagraphAnchor = { paragraph: number; location: "Before" | "After" } | { location: "End" };

export interface NewParagraph {
  text: string;
  format?: ParagraphFormat;
}

/** Formatting for inserted paragraphs; hosts apply what they can. */
export interface ParagraphFormat {
  /** Font family, e.g. "黑体", "楷体_GB2312", "仿宋_GB2312", "方正小标宋简体". */
  font?: string;
  /** Size in points (三号 = 16, 二号 = 22). */
  size?: number;
  bold?: boolean;
  alignment?: "Left" | "Centered" | "Justified";
  /** First-line indent in points (two characters of 三号 = 32). */
  firstLineIndent?: number;
  /** Outline level 1–9 (headings), so Word's navigation pane shows them. */
  outlineLevel?: number;
}

/** Replace [start, end) of a paragraph, which must still read `text`. */
export interface TextReplacement {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  replacement: string;
}
