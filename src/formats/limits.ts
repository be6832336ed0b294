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
  /**
   * Paragraphs of one document: a long material has a few hundred, a 1 M-character text about
   * 10 000; 50 000 headings are still analysed in under a second.
   */
  paragraphs: 50_000,
  /**
   * Elements and attributes of the XML parts read from one .docx, together (a 100-page draft in
   * Word's own markup has about 100 000). Added because a part within `xmlPartBytes` can still
   * hold 5 M empty elements, whose tree would take over 1 GB; at this figure the tree stays
   * under about 130 MB and is built in about a second on a 2-core machine.
   */
  xmlNodes: 1_000_000,
  /** XML elements nested inside each other. */
  xmlDepth: 2_000,
  /** A list number's value: Word shows at most this (w:start and counters beyond it are clamped). */
  listNumber: 32_767,
  /** A list level's text (w:lvlText) or a custom number format, in characters. */
  levelText: 255,
} as const;
