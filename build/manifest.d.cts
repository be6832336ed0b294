declare const buildManifest: {
  /** The dev server's origin, where manifest.xml in the repo points. */
  readonly DEFAULT_HOST: string;
  /** Absolute path of manifest.xml in the repo. */
  readonly MANIFEST: string;
  /** https URL ending in "/"; throws (Chinese / English) on a URL the manifest cannot use. */
  normalizeHost(host: string): string;
  /** manifest.xml (or `xml`) with every dev-server URL moved to `host`. */
  manifestFor(host?: string, xml?: string): string;
};
export = buildManifest;
