// npm start. On Windows and macOS: sideload the add-in into Word desktop with
// office-addin-debugging (fetched by npx when needed: it needs native modules that do not build
// on a bare Linux machine, so it is not a dependency). Elsewhere: start the dev server and say
// how to sideload into Word on the web, and where the preview page is.
import { spawn } from "node:child_process";
import { devPort, requireFreePort } from "./dev-server.mjs";

const desktop = process.platform === "win32" || process.platform === "darwin";

if (desktop) {
  const child = spawn(
    "npx",
    ["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop", "--app", "word", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"],
    { stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  await requireFreePort();
  console.log(`
对照检查助手：此系统上没有桌面版 Word，现在启动开发服务器。
  · 预览（模拟 Word，直接在浏览器中使用）：https://localhost:${devPort}/preview.html
  · 在网页版 Word 中旁加载：打开 Word 网页版文档 → 开始 → 加载项 → 更多设置/我的加载项 →
    上传我的加载项 → 选择本目录下的 manifest.xml。浏览器须先信任 certs/ca.crt（见 README）。
  · 停止：按 Ctrl+C，或在另一个终端运行 npm stop。

Duizhao Checker: no Word desktop here; starting the dev server.
  · Preview (simulated Word): https://localhost:${devPort}/preview.html
  · Sideload into Word on the web: Home → Add-ins → Upload My Add-in → manifest.xml
    (trust certs/ca.crt in the browser first, see README).
`);
  const child = spawn("node", ["scripts/dev-server.mjs", ...process.argv.slice(2)], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
}
