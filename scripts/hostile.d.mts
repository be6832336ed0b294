// Types for scripts/hostile.mjs (used by test/unit/formats/hostile.test.ts).

export declare function documentXml(body: string, rootAttrs?: string): string;
export declare function numberingXml(inner: string): string;

export interface ZipInput {
  name: string;
  /** Deflated (or stored) by `zip`. */
  data?: string | Uint8Array;
  /** Already deflated, with its real size and CRC. */
  deflated?: Uint8Array;
  size?: number;
  crc?: number;
  /** The size written in the headers instead of the real one. */
  statedSize?: number;
  stored?: boolean;
  /** Sizes in a zip64 extra field (0xffffffff in the headers). */
  zip64?: boolean;
}

export declare function zip(entries: ZipInput[]): Uint8Array;
export declare function docx(document: string, numbering?: string): Uint8Array;
export declare function repeatedDocument(unit: string, bytes: number): Promise<{ deflated: Uint8Array; size: number; crc: number }>;

export interface HostileClass {
  /** Part of the InputError's Chinese message ("上限 zipEntries"), when the file must be refused. */
  refused?: string;
  /** How many paragraphs must be read, when it must be read. */
  paragraphs?: number;
  /** The file's name (and so its reader): "hostile.docx" when absent. */
  fileName?: string;
  /** Read and analysed (as duizhao check does), not only read. */
  analyse?: boolean;
  build(): Promise<Uint8Array>;
}

export declare const HOSTILE: Record<string, HostileClass>;
