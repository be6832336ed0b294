// Types for scripts/manifest-check.mjs (used by test/unit/manifest.test.ts).

export declare const REPO_ROOT: string;
export declare const DEFAULT_MANIFEST: string;
export declare const MAIN_SCHEMA: string;
export declare const SCHEMAS_ENV: string;

export interface SchemasLocation {
  /** Absolute path of the schema folder that was looked for. */
  readonly dir: string;
  /** "env" when taken from OFFICE_SCHEMAS_DIR, else "default" (../shared/office-schemas). */
  readonly source: "env" | "default";
  /** True when the folder exists and holds OfficeAppManifestV1_1.xsd. */
  readonly exists: boolean;
  /** Why the schemas are unusable (Chinese / English), or null. */
  readonly reason: string | null;
}

export declare function findSchemasDir(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
}): SchemasLocation;

export interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

export declare function loadSchemas(dir: string): {
  readonly dir: string;
  readonly main: SchemaFile;
  readonly preload: readonly SchemaFile[];
};

export declare function shortenMessage(message: string): string;

export interface ManifestError {
  /** 1-based line in the manifest (0 when xmllint gave none). */
  readonly line: number;
  /** xmllint's message with namespace URIs shortened to prefixes. */
  readonly message: string;
  readonly raw: string;
}

export interface ManifestValidationResult {
  readonly valid: boolean;
  readonly errors: readonly ManifestError[];
  readonly rawOutput: string;
  readonly schemaFiles: readonly string[];
}

export declare function validateManifestXml(
  xml: string,
  options?: { schemasDir?: string; fileName?: string },
): Promise<ManifestValidationResult>;

export declare function validateManifestFile(
  path?: string,
  options?: { schemasDir?: string },
): Promise<ManifestValidationResult>;
