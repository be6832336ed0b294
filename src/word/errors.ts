/**
 * Errors that WordHost hands to the pane: the message is Chinese and says what failed; the
 * office-js error (English, with a code) is kept as `cause` for the log.
 */
export class WordHostError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "WordHostError";
  }
}

/** Wrap anything thrown by office-js; our own errors pass through unchanged. */
export function wrapError(what: string, error: unknown): WordHostError {
  if (error instanceof WordHostError) return error;
  return new WordHostError(`${what}失败${describe(error)}`, error);
}

function describe(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const parts = [code, message].filter((s): s is string => typeof s === "string" && s !== "");
    // office-js repeats the code inside the message; keep one.
    const text = parts.length === 2 && parts[1].includes(parts[0]) ? parts[1] : parts.join("：");
    if (text) return `（Word 报告：${text}）`;
  } else if (typeof error === "string" && error) {
    return `（Word 报告：${error}）`;
  }
  return "。";
}
