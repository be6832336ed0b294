type OfficeJsMode = "cdn" | "local";

interface RenderOptions {
  /** Where office.js comes from: Microsoft's CDN (default) or this host (intranet build). */
  officeJs?: OfficeJsMode;
  /** Set in `webpack serve` only: allows the dev server's WebSocket. */
  devServer?: { port: number } | null;
  /** Template text instead of the file in src/. */
  template?: string;
}

declare const buildPages: {
  /** HTML pages emitted at the root of dist/ (and served at https://localhost:3000/). */
  readonly pages: readonly string[];
  /** Each page's template, webpack entry, and whether it loads office.js. */
  readonly pageSpecs: Readonly<Record<string, { template: string; chunk: string; officeJs: boolean }>>;
  /** Folder copied verbatim from the repo root to dist/. */
  readonly assetsDir: string;
  readonly OFFICE_JS_CDN: string;
  /** Folder of dist/ that holds office.js in the intranet build. */
  readonly OFFICE_JS_DIR: string;
  officeJsUrl(officeJs?: OfficeJsMode): string;
  contentSecurityPolicy(options?: { officeJs?: OfficeJsMode; devServer?: { port: number } | null }): string;
  /** The page's HTML before webpack adds the bundle's script tag. */
  renderPage(page: string, options?: RenderOptions): string;
  /** The ES5 Internet Explorer check of the task pane: its source and hashed name in dist/. */
  readonly unsupportedBrowser: { readonly source: string; readonly fileName: string };
};
export = buildPages;
