// npm run dev-server: serve the add-in at https://localhost:3000 with a development certificate
// generated into ./certs (git-ignored; nothing is installed system-wide).
// npm run dev-server -- --http: plain http, enough for the preview page in a browser.
// PORT=3001 npm run dev-server: another port (Word's manifest.xml still points at 3000).
//
// webpack runs as a direct child of node (no npx or shell in between) and, outside Windows, in a
// process group of its own whose id is saved in .cache/dev-server.pid: npm stop ends that whole
// group (webpack and its esbuild service), whatever became of this script.
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const certDir = "certs";
const CERT_DAYS = 30;
export const pidFile = ".cache/dev-server.pid";
export const devPort = process.env.PORT || "3000";

/** Days until the certificate in `file` expires; -Infinity when it is missing or unreadable. */
function daysLeft(file) {
  try {
    return (Date.parse(new X509Certificate(readFileSync(file)).validTo) - Date.now()) / 86_400_000;
  } catch {
    return -Infinity;
  }
}

/**
 * Keeps a CA and a localhost certificate signed by it in certs/, both valid CERT_DAYS days, and
 * makes a new pair when either has fewer than two days left. The new pair has a new CA, which has
 * to be trusted again.
 */
export async function ensureCertificates() {
  const ca = join(certDir, "ca.crt");
  const cert = join(certDir, "localhost.crt");
  const key = join(certDir, "localhost.key");
  if (existsSync(key) && Math.min(daysLeft(ca), daysLeft(cert)) > 2) return;
  const renewing = existsSync(ca);
  // generateCertificates writes nothing at all when ca.crt exists: clear the old set first.
  for (const file of [ca, cert, key]) rmSync(file, { force: true });
  mkdirSync(certDir, { recursive: true });
  const { generateCertificates } = await import("office-addin-dev-certs");
  await generateCertificates(ca, cert, key, CERT_DAYS, ["localhost", "127.0.0.1"]);
  console.log(`已在 ${certDir}/ 生成开发证书（${CERT_DAYS} 天有效，未安装到系统）。Generated a development certificate in ${certDir}/ (valid ${CERT_DAYS} days, not installed).`);
  if (renewing) {
    console.log(`旧证书即将或已经到期，现在换成了新的 CA：请重新把 ${ca} 导入受信任的根证书（见 README）。` +
      ` The old certificate was expiring; this is a new CA: import ${ca} as a trusted root again (see README).`);
  }
}

/** Whether the port can be listened on where webpack-dev-server will (host "localhost"). */
function portFree(port) {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", (error) => (error.code === "EADDRINUSE" ? done(false) : fail(error)));
    probe.listen(Number(port), "localhost", () => probe.close(() => done(true)));
  });
}

/** Exits with a plain explanation (no stack trace) when the port is taken. */
export async function requireFreePort(port = devPort) {
  if (await portFree(port)) return;
  const other = String(Number(port) + 1);
  console.error(`
端口 ${port} 已被占用，开发服务器无法启动。
  · 若是之前用 npm start 或 npm run dev-server 启动的开发服务器还在运行：运行 npm stop 结束它。
  · 否则查出占用端口的进程并结束它：ss -ltnp 'sport = :${port}'（或 lsof -i :${port}）。
  · 或换一个端口：PORT=${other} npm start（预览页面可用；Word 旁加载用的 manifest.xml 指向 3000 端口）。

Port ${port} is in use; the dev server cannot start.
  · If it is a dev server started earlier by npm start or npm run dev-server: run npm stop.
  · Otherwise find the process holding the port and end it: ss -ltnp 'sport = :${port}' (or lsof -i :${port}).
  · Or use another port: PORT=${other} npm start (fine for the preview page; manifest.xml, which
    Word sideloads, points at port 3000).
`);
  process.exit(1);
}

async function main() {
  const http = process.argv.includes("--http") || process.env.DUIZHAO_HTTP === "1";
  await requireFreePort();
  if (!http) await ensureCertificates();
  const scheme = http ? "http" : "https";
  console.log(`任务窗格 Task pane: ${scheme}://localhost:${devPort}/taskpane.html`);
  console.log(`预览页面 Preview:   ${scheme}://localhost:${devPort}/preview.html`);

  mkdirSync(".cache", { recursive: true });
  const webpack = createRequire(import.meta.url).resolve("webpack/bin/webpack.js");
  const args = [webpack, "serve", "--mode", "development", ...(http ? ["--env", "http"] : [])];
  const group = process.platform !== "win32";
  const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, PORT: devPort }, detached: group });
  writeFileSync(pidFile, String(child.pid));
  // Ctrl+C reaches only the terminal's foreground group, which webpack has left: pass it on.
  const stop = () => {
    try {
      if (group) process.kill(-child.pid, "SIGTERM");
      else child.kill("SIGTERM");
    } catch {
      // already gone
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);
  child.on("exit", (code, signal) => {
    rmSync(pidFile, { force: true });
    process.exit(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
