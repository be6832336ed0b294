/**
 * A paragraph as the engine sees it, whatever host it came from (Word, the simulator, a .docx or
 * a .txt file). `listString` is the number Word draws for a list paragraph ("一、", "（1）"); it is
 * not part of `text`.
 */
export interface SourceParagraph {
  text: string;
  /** Word's list number for this paragraph, when Word numbers it. */
  listString?: string;
  /** Style name as the host reports it ("Heading 1", "标题 1", "Normal"). */
  style?: string;
  /** Outline level 1–9 for headings; absent for body text. */
  outlineLevel?: number;
  /** True when the paragraph sits in a table cell. */
  inTable?: boolean;
}
