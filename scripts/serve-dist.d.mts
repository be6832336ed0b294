// Types for scripts/serve-dist.mjs (used by test/unit/build/serve-dist.test.ts).
import type { IncomingMessage, ServerResponse } from "node:http";

/** The Content-Security-Policy header for the build in `dir` (CDN or intranet). */
export declare function policyFor(dir: string): string;
/** Serves the files of `dir` with their content type, caching and, for pages, the CSP. */
export declare function distHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
