import { html, raw, type Html } from "./escape";
import { SCRIPT, SCRIPT_HASH } from "./script";
import { STYLE } from "./style";

/*
 * The frame both pages share (the batch report of `check --report`, the page of `compare
 * --format html`): one self-contained file to open from disk. No external script, font, style or
 * request; the only script is ours, let through by its hash.
 */

/** The policy: nothing from anywhere, our inline style, our one script by its hash. */
export const POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; form-action 'none'; base-uri 'none'`;

export interface PageParts {
  title: string;
  /** The line under the title: counts, the folder. */
  meta: Html;
  /** Links to the page's sections. */
  nav: Html;
  main: Html;
  footer: Html;
}

export function page(parts: PageParts): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="duizhao">
<title>${parts.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>
<h1>${parts.title}</h1>
<p class="meta">${parts.meta}</p>
<nav>${parts.nav}</nav>
</header>
<main>
${parts.main}
</main>
<footer>
${parts.footer}
</footer>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`.value;
}
