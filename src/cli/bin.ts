import { runCli } from "./main";

// The `duizhao` command. Bad input is reported by runCli; anything else is a bug, reported
// without a stack trace unless DUIZHAO_DEBUG is set.
runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`内部错误：${message}\nInternal error: ${message}\n`);
    if (process.env.DUIZHAO_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 3;
  },
);
