#!/usr/bin/env node
// npm run serve:dist — serves dist/ as a web server would, for a quick trial of a build:
// content types, caching (build/serving.cjs) and the Content-Security-Policy header of the pages
// (build/pages.cjs), the same rules docs/deploy.md gives for nginx and IIS.
//
//   npm run serve:dist [-- --port 3000] [--host localhost] [--dir dist]
//
// https with the development certificate in certs/ (made by npm run dev-server); without one,
// plain http with a warning: Word loads add-ins over https only, so http serves the preview page
// alone. Ctrl+C stops it.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createRequire } from "node:module";
import { join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { contentType, cacheControl } = require("../build/serving.cjs");
const { contentSecurityPolicy, OFFICE_JS_DIR } = require("../build/pages.cjs");

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

/** The policy for the build in `dir`: an intranet build carries its own office.js. */
export function policyFor(dir) {
  return contentSecurityPolicy({ officeJs: existsSync(join(dir, OFFICE_JS_DIR, "office.js")) ? "local" : "cdn" });
}

/**
 * The request handler: files of `dir` only (no listing, nothing outside it), GET and HEAD,
 * "/" → taskpane.html, 304 when the browser's copy is current.
 */
export function distHandler(dir) {
  const root = resolve(dir);
  const csp = policyFor(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = join(root, normalize(path === "/" ? "/taskpane.html" : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 Not Found\n");
      return;
    }
    const stat = statSync(file);
    const headers = {
      "Content-Type": contentType(file),
      "Cache-Control": cacheControl(file),
      "Last-Modified": stat.mtime.toUTCString(),
      "X-Content-Type-Options": "nosniff",
    };
    if (file.endsWith(".html")) headers["Content-Security-Policy"] = csp;
    const since = Date.parse(req.headers["if-modified-since"] ?? "");
    if (!Number.isNaN(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, "Content-Length": stat.size });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  };
}

function usage(message) {
  console.error(`${message}\n用法 / Usage: npm run serve:dist -- [--port 3000] [--host localhost] [--dir dist]`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { port: 3000, host: "localhost", dir: join(ROOT, "dist") };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} 缺少取值 / ${flag} needs a value`);
    if (flag === "--port") {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) usage(`端口无效 / Not a port: ${argv[i]}`);
    } else if (flag === "--host") options.host = value();
    else if (flag === "--dir") options.dir = resolve(value());
    else usage(`未知选项 / Unknown option: ${argv[i]}`);
  }
  return options;
}

async function main() {
  const { port, host, dir } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(dir, "taskpane.html"))) {
    console.error(`${dir} 中没有构建结果，请先运行 npm run build。/ No build in ${dir}: run npm run build first.`);
    process.exit(1);
  }
  const certs = join(ROOT, "certs");
  const https = existsSync(join(certs, "localhost.key")) && existsSync(join(certs, "localhost.crt"));
  const handler = distHandler(dir);
  const server = https
    ? createHttpsServer({ key: readFileSync(join(certs, "localhost.key")), cert: readFileSync(join(certs, "localhost.crt")) }, handler)
    : createHttpServer(handler);
  if (!https) {
    console.warn(`⚠ certs/ 中没有开发证书，改用 http：Word 只从 https 加载加载项，http 只能打开预览页面。
  运行一次 npm run dev-server（生成 certs/ 后按 Ctrl+C 结束）即可改用 https。
⚠ No development certificate in certs/: serving plain http, which Word will not load add-ins
  from (the preview page works). Run npm run dev-server once (Ctrl+C once certs/ is made) for https.`);
  }
  server.on("error", (error) => {
    console.error(error.code === "EADDRINUSE" ? `端口 ${port} 已被占用 / Port ${port} is in use (--port N)` : String(error));
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const base = `${https ? "https" : "http"}://${host}:${typeof address === "object" && address ? address.port : port}/`;
    console.log(`正在提供 / Serving ${dir}`);
    console.log(`  任务窗格 Task pane: ${base}taskpane.html`);
    console.log(`  预览页面 Preview:   ${base}preview.html`);
    console.log(`  清单 Manifest:      ${base}manifest.xml`);
    console.log(`按 Ctrl+C 停止 / Ctrl+C to stop.`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
