declare const buildPages: {
  /** HTML pages emitted at the root of dist/ (and served at https://localhost:3000/). */
  readonly pages: readonly string[];
  /** Folder copied verbatim from the repo root to dist/. */
  readonly assetsDir: string;
};
export = buildPages;
