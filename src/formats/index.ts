/**
 * Document readers: .docx, .txt and .md bytes to `SourceParagraph[]`. No Node API, so the CLI
 * and the task pane (a file the writer picks) read files the same way.
 */
export { readDocx, readDocxSettings } from "./docx";
export { InputError, isInputError } from "./errors";
export { formatListNumber } from "./numberFormats";
export { DOCX_EXTENSIONS, extensionOf, readDocumentBytes, TEXT_EXTENSIONS } from "./read";
export { decodeText, readText } from "./text";
