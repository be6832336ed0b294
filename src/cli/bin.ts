import { debugFromEnvironment, EXIT_BAD_INPUT, EXIT_OK, internalError, runCli } from "./main";

// The `duizhao` command. Exit codes are 0, 1 and 2 only: bad input and bugs are both reported by
// runCli per file (a bug asks for the file to be reported, with a stack only under --debug or
// DUIZHAO_DEBUG); whatever escapes it is reported here the same way.

const args = process.argv.slice(2);
const optionsEnd = args.indexOf("--");
const debug = (optionsEnd < 0 ? args : args.slice(0, optionsEnd)).includes("--debug") || debugFromEnvironment();

// Output piped into `head` (or a pager quit early): the reader has what it wants. End the run
// quietly, without a stack trace or a failure status.
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(EXIT_OK);
  fail(error);
}
process.stdout.on("error", onOutputError);
process.stderr.on("error", onOutputError);

let failed = false;
function fail(error: unknown): void {
  if (failed) return;
  failed = true;
  try {
    process.stderr.write(internalError(error, debug));
  } finally {
    process.exitCode = EXIT_BAD_INPUT;
  }
}
process.on("uncaughtException", (error) => {
  fail(error);
  process.exit(EXIT_BAD_INPUT);
});
process.on("unhandledRejection", (reason) => {
  fail(reason);
  process.exit(EXIT_BAD_INPUT);
});

runCli(args, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // Touched only when `-` is read, so that a run without it never waits on a terminal.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
}).then(
  (code) => {
    process.exitCode = code;
  },
  fail,
);
