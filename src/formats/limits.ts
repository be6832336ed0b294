/**
 * What the readers accept, in one place (documented in README and docs/cli-json.md). Each is far
 * beyond a real material (a few dozen KB of text, a .docx of a few MB with pictures) or a
 * reviewer's batch of them, and low enough that a hostile or broken file is refused in well
 * under two seconds and 300 MB. A limit reached is an `InputError` that names it and the file.
 */
export const LIMITS = {
  /** A .txt or .md file, in bytes. */
  textFileBytes: 16 * 1024 * 1024,
  /** A .docx file, in bytes (pictures included). */
  docxFileBytes: 200 * 1024 * 1024,
  /** One XML part of a .docx once inflated (document.xml, numbering.xml …), counted while inflating. */
  xmlPartBytes: 32 * 1024 * 1024,
  /** Entries in a .docx's zip directory (a large document has a few hundred). */
  zipEntries: 20_000,
  /** Paragraphs of one document (a 1 M-character text has about 10 000). */
  paragraphs: 200_000,
  /** XML elements nested inside each other. */
  xmlDepth: 2_000,
  /** A list number's value: Word shows at most this (w:start and counters beyond it are clamped). */
  listNumber: 32_767,
  /** A list level's text (w:lvlText) or a custom number format, in characters. */
  levelText: 255,
} as const;
