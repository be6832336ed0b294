import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import type { TestProject } from "vitest/node";

const OUT = resolve(__dirname, "../../.cache/browser-dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

let server: Server | undefined;

/**
 * Build the pages once (development mode: no minifying, a fast build on two cores) and serve
 * them over http on a free port for the browser tests.
 */
export async function setup(project: TestProject) {
  execFileSync("npx", ["webpack", "--mode", "development", "--env", "http", "--env", `out=${OUT}`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(OUT, path || "preview.html");
    if (!file.startsWith(OUT) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server!.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
