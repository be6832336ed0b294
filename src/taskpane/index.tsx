import { WordHost } from "../word/WordHost";
import { mountTaskpane } from "./mount";

// Inside Word: wait for office.js, then show the pane on the open document.
Office.onReady(() => {
  const theme = Office.context.officeTheme;
  const dark = theme ? isDark(theme.bodyBackgroundColor) : false;
  mountTaskpane(document.getElementById("root")!, new WordHost(), { dark });
});

/** Office tells the theme as colours; a dark body background means a dark theme. */
function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
