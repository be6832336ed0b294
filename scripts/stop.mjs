// npm stop: end the sideloading session (Windows, macOS) or the dev server started by npm start.
// The dev server's webpack runs in a process group of its own, whose id dev-server.mjs saved:
// end the whole group and wait until it is gone.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const pidFile = ".cache/dev-server.pid";

/** Whether process group `pid` still has a member; on Linux, also that its leader is webpack (not a reused id). */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (process.platform === "linux" && existsSync(cmdline)) {
    return readFileSync(cmdline, "utf8").includes("webpack");
  }
  return true;
}

async function stopGroup(pid) {
  process.kill(-pid, "SIGTERM");
  for (let waited = 0; waited < 10_000; waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
  }
  process.kill(-pid, "SIGKILL");
}

if (process.platform === "win32" || process.platform === "darwin") {
  spawn("npx", ["--yes", "office-addin-debugging@6", "stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
} else if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (pid > 0 && groupAlive(pid)) {
    await stopGroup(pid);
    console.log("已停止开发服务器。Dev server stopped.");
  } else {
    console.log("开发服务器已不在运行。The dev server was not running.");
  }
  rmSync(pidFile, { force: true });
} else {
  console.log("没有正在运行的开发服务器。No dev server is running.");
}
