/** The simulated page: an A4-like white sheet, 仿宋 body text, 黑体 headings. */
export const SIMULATOR_CSS = `
.sim-page {
  box-sizing: border-box;
  width: 210mm;
  max-width: 100%;
  min-height: 297mm;
  margin: 16px auto;
  padding: 37mm 26mm 35mm 28mm;
  background: #fff;
  color: #000;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  font-family: "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif;
  font-size: 16pt;
  line-height: 1.75;
  white-space: pre-wrap;
  overflow-wrap: break-word;
  outline: none;
  counter-reset: none;
}
.sim-page p {
  margin: 0;
  min-height: 1em;
  text-align: justify;
}
.sim-page p[data-list]::before {
  content: attr(data-list);
}
/* The title: 方正小标宋 二号, centred. */
.sim-page p.sim-title {
  font-family: "方正小标宋简体", "华文中宋", "Noto Serif CJK SC", serif;
  font-size: 22pt;
  font-weight: bold;
  text-align: center;
}
/* GB/T 9704 levels: 一、 in 黑体, （一） in 楷体, both 三号 with a two-character indent. */
.sim-page p.sim-h1 {
  font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif;
  font-size: 16pt;
  text-indent: 2em;
}
.sim-page p.sim-h2 {
  font-family: "楷体_GB2312", "楷体", "KaiTi", "Noto Serif CJK SC", serif;
  font-size: 16pt;
  text-indent: 2em;
}
.sim-page p.sim-h3 {
  font-weight: bold;
  text-indent: 2em;
}
.sim-page p.sim-h4 {
  font-weight: bold;
}
/* A paragraph with a comment (批注): marked in the margin, the comments in its tooltip. */
.sim-page p.sim-commented {
  background: rgba(255, 214, 102, 0.35);
  box-shadow: inset -3px 0 0 #c58b00;
}
.sim-page table.sim-table {
  width: 100%;
  border-collapse: collapse;
  margin: 4pt 0;
}
.sim-page table.sim-table td {
  border: 1px solid #000;
  padding: 2pt 4pt;
  vertical-align: top;
}
.sim-page table.sim-table td p {
  text-indent: 0;
}
::highlight(sim-selection) {
  background-color: #b4d5fe;
}
`;

const STYLE_ID = "sim-word-style";

/** Add the stylesheet to a document once. */
export function injectSimulatorStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = SIMULATOR_CSS;
  doc.head.append(style);
}

/** A CSS font-family list for a Word font name, with a generic fallback of the same kind. */
export function cssFontFamily(name: string): string {
  const sans = /黑|hei|sans|雅黑|arial|helvetica/i.test(name);
  const quoted = `"${name.replace(/["\\]/g, "")}"`;
  return sans ? `${quoted}, "SimHei", "Noto Sans CJK SC", sans-serif` : `${quoted}, "FangSong", "Noto Serif CJK SC", serif`;
}
