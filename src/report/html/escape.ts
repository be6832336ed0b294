import { INVISIBLE_CLASS } from "../../core/text/invisible";

/*
 * Everything a draft or a file name brings into the page goes through here: drafts are untrusted
 * input, and the page is opened from a reviewer's disk.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeMarkup(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Characters a reader would not see (zero-width, bidi controls that reorder what follows) and
 * control characters: shown as a marked <U+202E>, as the terminal report does, never raw.
 */
const UNSEEN = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${INVISIBLE_CLASS}]`, "g");

const codeOf = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Text for element content: escaped, the unseen characters made visible. The marker has no
 * quote, so even where it lands inside an attribute by mistake, it cannot end the attribute.
 */
export function escapeText(s: string): string {
  return escapeMarkup(s).replace(UNSEEN, (c) => `<span class=unseen>&lt;${codeOf(c)}&gt;</span>`);
}

/** Text for an attribute value (always written in double quotes): escaped, unseen characters as <U+…>. */
export function escapeAttr(s: string): string {
  return escapeMarkup(s.replace(UNSEEN, (c) => `<${codeOf(c)}>`));
}

/** A piece of the page built from escaped parts: `html\`<b>${x}</b>\`` escapes x unless it is Html itself. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeText(String(part));
}

/**
 * A template tag that escapes every value it is given (lists are joined, null and false are
 * left out) and keeps the markup written in the template. Values inside attributes are escaped
 * the same way: quotes included, so an attribute cannot be closed from the inside; `attr()`
 * gives attribute values without the unseen characters' markup.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  values.forEach((v, k) => (out += render(v) + strings[k + 1]));
  return new Html(out);
}

/** An attribute value: escaped, with nothing added. */
export function attr(s: string | number): Html {
  return new Html(escapeAttr(String(s)));
}

export const raw = (s: string): Html => new Html(s);
