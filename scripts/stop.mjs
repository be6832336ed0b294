// npm stop: end the sideloading session (Windows, macOS) or the dev server started by npm start.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

if (process.platform === "win32" || process.platform === "darwin") {
  spawn("npx", ["--yes", "office-addin-debugging@6", "stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
} else if (existsSync(".cache/dev-server.pid")) {
  const pid = Number(readFileSync(".cache/dev-server.pid", "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log("已停止开发服务器。Dev server stopped.");
  } catch {
    console.log("开发服务器已不在运行。The dev server was not running.");
  }
  rmSync(".cache/dev-server.pid", { force: true });
} else {
  console.log("没有正在运行的开发服务器。No dev server is running.");
}
