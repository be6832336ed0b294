// npm run dev-server: serve the add-in at https://localhost:3000 with a development certificate
// generated into ./certs (git-ignored; nothing is installed system-wide).
// npm run dev-server -- --http: plain http, enough for the preview page in a browser.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const http = process.argv.includes("--http") || process.env.DUIZHAO_HTTP === "1";
const port = process.env.PORT || "3000";
const certDir = "certs";
const CERT_DAYS = 30;

export async function ensureCertificates() {
  const cert = join(certDir, "localhost.crt");
  const fresh = existsSync(cert) && Date.now() - statSync(cert).mtimeMs < (CERT_DAYS - 2) * 86_400_000;
  if (fresh) return;
  mkdirSync(certDir, { recursive: true });
  const { generateCertificates } = await import("office-addin-dev-certs");
  await generateCertificates(join(certDir, "ca.crt"), cert, join(certDir, "localhost.key"), CERT_DAYS, ["localhost", "127.0.0.1"]);
  console.log(`已在 ${certDir}/ 生成开发证书（未安装到系统）。Generated a development certificate in ${certDir}/ (not installed).`);
}

if (!http) await ensureCertificates();
const scheme = http ? "http" : "https";
console.log(`任务窗格 Task pane: ${scheme}://localhost:${port}/taskpane.html`);
console.log(`预览页面 Preview:   ${scheme}://localhost:${port}/preview.html`);

mkdirSync(".cache", { recursive: true });
const args = ["webpack", "serve", "--mode", "development", ...(http ? ["--env", "http"] : [])];
const child = spawn("npx", args, { stdio: "inherit", env: { ...process.env, PORT: port } });
writeFileSync(".cache/dev-server.pid", String(process.pid));
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => {
  rmSync(".cache/dev-server.pid", { force: true });
  process.exit(code ?? 0);
});
