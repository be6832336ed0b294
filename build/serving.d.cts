declare const buildServing: {
  readonly YEAR: number;
  /** Matches file names that carry a content hash. */
  readonly HASHED: RegExp;
  /** Extension (with dot, lower case) → Content-Type. */
  readonly MIME_TYPES: Readonly<Record<string, string>>;
  contentType(file: string): string;
  /** Cache-Control for a file of dist/. */
  cacheControl(file: string): string;
};
export = buildServing;
