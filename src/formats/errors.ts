/**
 * A problem with the user's input file (wrong format, damaged, missing, encrypted …), as opposed
 * to a bug. The CLI prints `messageZh` (or `messageEn`) and exits with a "bad input" status; it
 * never shows a stack trace for these.
 */
export class InputError extends Error {
  /** The message for the user, in Chinese. */
  readonly messageZh: string;
  /** The same message in English. */
  readonly messageEn: string;

  constructor(messageZh: string, messageEn: string, options?: { cause?: unknown }) {
    super(`${messageZh} / ${messageEn}`, options);
    this.name = "InputError";
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
