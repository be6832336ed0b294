// Hostile and oversized .docx and .txt files, built in a few lines each (never stored in git): used by
// test/unit/formats/hostile.test.ts and by `npm run bench`. Each class is one the issue #13 probe
// found to crash the checker or eat the machine. Node only (zlib).
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** document.xml around `body` (inner XML of w:body); `rootAttrs` are added to w:document. */
export function documentXml(body, rootAttrs = "") {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"${rootAttrs}><w:body>${body}</w:body></w:document>`;
}

export function numberingXml(inner) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`;
}

const u16 = (n) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/**
 * A zip of `entries`: { name, data (string or bytes) } deflated, or { name, deflated, size, crc }
 * already deflated; `statedSize` overrides the size written in the headers, `crc` the checksum,
 * `stored: true` stores the data, `zip64: true` writes the sizes in a zip64 extra field.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = entry.data === undefined ? undefined : Buffer.from(entry.data);
    const stored = entry.stored === true;
    const compressed = entry.deflated ?? (stored ? raw : deflateRawSync(raw));
    const size = entry.statedSize ?? entry.size ?? raw.length;
    const crc = entry.crc ?? crc32(raw);
    const method = stored ? 0 : 8;
    const extra = entry.zip64 ? [...u16(1), ...u16(16), ...u32(size), ...u32(0), ...u32(compressed.length), ...u32(0)] : [];
    const [compressedField, sizeField] = entry.zip64 ? [0xffffffff, 0xffffffff] : [compressed.length, size];
    const common = [...u16(20), ...u16(0x800), ...u16(method), ...u16(0), ...u16(0), ...u32(crc), ...u32(compressedField), ...u32(sizeField), ...u16(name.length), ...u16(extra.length)];
    const local = Buffer.concat([Buffer.from([...u32(0x04034b50), ...common]), name, Buffer.from(extra), compressed]);
    centrals.push(Buffer.concat([Buffer.from([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)]), name, Buffer.from(extra)]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(directory.length), ...u32(offset), ...u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A .docx of document.xml (and numbering.xml when given). */
export function docx(document, numbering) {
  const entries = [{ name: "word/document.xml", data: document }];
  if (numbering !== undefined) entries.push({ name: "word/numbering.xml", data: numbering });
  return zip(entries);
}

/** `unit` repeated to `bytes` bytes inside document.xml, deflated as it is produced (zlib level 9). */
export async function repeatedDocument(unit, bytes) {
  const head = Buffer.from(documentXml("").split("<w:body>")[0] + "<w:body>");
  const tail = Buffer.from("</w:body></w:document>");
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  const count = Math.ceil(bytes / chunk.length);
  const deflater = createDeflateRaw({ level: 9 });
  const out = [];
  deflater.on("data", (c) => out.push(c));
  const done = new Promise((resolve, reject) => deflater.on("end", resolve).on("error", reject));
  let crc = crc32(head);
  deflater.write(head);
  for (let k = 0; k < count; k++) {
    deflater.write(chunk);
    crc = crc32(chunk, crc);
  }
  deflater.end(tail);
  crc = crc32(tail, crc);
  await done;
  return { deflated: Buffer.concat(out), size: head.length + count * chunk.length + tail.length, crc };
}

const numbered = (count) => Array.from({ length: count }, (_, k) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>第${k + 1}项</w:t></w:r></w:p>`).join("");
const oneLevel = (level) => `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${level}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

/**
 * The hostile classes, by name: `build()` gives the file's bytes (async); `refused` is a part of
 * the message the reader must refuse it with (the limit's name), `paragraphs` how many paragraphs
 * it must read instead (list numbers and fields are checked in the tests).
 */
export const HOSTILE = {
  "zip64 directory claiming 2^32 entries (128 bytes)": {
    refused: "上限 zipEntries",
    build: async () => {
      // A bogus local header, then a zip64 end of central directory record (2^32 entries), its
      // locator and the classic end record pointing to it: 30 + 56 + 20 + 22 = 128 bytes.
      const u64 = (lo, hi) => [...u32(lo), ...u32(hi)];
      const zip64End = [...u32(0x06064b50), ...u64(44, 0), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(0, 1), ...u64(0, 1), ...u64(0, 0), ...u64(0, 0)];
      const locator = [...u32(0x07064b50), ...u32(0), ...u32(30), ...u32(0), ...u32(1)];
      const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0)];
      return new Uint8Array([...u32(0x04034b50), ...new Array(26).fill(0), ...zip64End, ...locator, ...end]);
    },
  },
  "w:start 10^9 in upperLetter": {
    paragraphs: 3,
    build: async () => docx(documentXml(numbered(3)), numberingXml(oneLevel(`<w:start w:val="1000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>`))),
  },
  "w:start 10^12 in upperRoman": {
    paragraphs: 3,
    build: async () => docx(documentXml(numbered(3)), numberingXml(oneLevel(`<w:start w:val="1000000000000"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>`))),
  },
  "w:lvlText of a million %1": {
    paragraphs: 3,
    build: async () => docx(documentXml(numbered(3)), numberingXml(oneLevel(`<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(1_000_000)}"/>`))),
  },
  "custom number format of 5 million characters": {
    paragraphs: 3,
    build: async () =>
      docx(documentXml(numbered(3)), numberingXml(oneLevel(`<w:start w:val="1"/><w:numFmt w:val="custom" w:format="${"0".repeat(4_999_998)}1,"/><w:lvlText w:val="%1."/>`))),
  },
  "10,000 namespace declarations (and one more on each of 20,000 paragraphs)": {
    paragraphs: 20_000,
    build: async () => {
      const declarations = Array.from({ length: 10_000 }, (_, k) => ` xmlns:ns${k}="urn:ns${k}"`).join("");
      const body = `<w:p xmlns:x="urn:x"><w:r><w:t>段落</w:t></w:r></w:p>`.repeat(20_000);
      return docx(documentXml(body, declarations));
    },
  },
  "100,000 open fields": {
    paragraphs: 2,
    build: async () => {
      // Each field shows its result and stays open: 100,000 fields open at the end (6 XML nodes each).
      const field = `<w:r><w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="separate"/><w:t>字</w:t></w:r>`;
      return docx(documentXml(`<w:p>${field.repeat(100_000)}</w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p>`));
    },
  },
  "an unclosed field begin": {
    paragraphs: 1001,
    build: async () =>
      docx(documentXml(`<w:p><w:r><w:t>标题</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>${"<w:p><w:r><w:t>正文段落</w:t></w:r></w:p>".repeat(1000)}`)),
  },
  "199 MB of empty paragraphs (300 KB compressed)": {
    refused: "上限 xmlPartBytes",
    build: async () => zip([{ name: "word/document.xml", ...(await repeatedDocument("<w:p/>", 199 * 1024 * 1024)) }]),
  },
  "part size understated (1 KB stated, 199 MB inside)": {
    refused: "上限 xmlPartBytes",
    build: async () => zip([{ name: "word/document.xml", ...(await repeatedDocument("<w:p/>", 199 * 1024 * 1024)), statedSize: 1024 }]),
  },
  "31 MB of empty elements in one part (5 million)": {
    refused: "上限 xmlNodes",
    build: async () => zip([{ name: "word/document.xml", ...(await repeatedDocument("<w:b/>", 31 * 1024 * 1024)) }]),
  },
  "200,001 empty paragraphs": {
    refused: "上限 paragraphs",
    build: async () => docx(documentXml("<w:p/>".repeat(200_001))),
  },
  "2,001 nested elements": {
    refused: "上限 xmlDepth",
    build: async () => docx(documentXml(`<w:p>${"<w:r>".repeat(2_001)}${"</w:r>".repeat(2_001)}</w:p>`)),
  },
  "the largest accepted: 40,000 paragraphs, 960,000 XML nodes, 31 MB unpacked": {
    paragraphs: 40_000,
    build: async () => {
      const run = (k) => `<w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>${"对照检查材料存在问题原因整改措施".repeat(3).slice(k, k + 40)}</w:t></w:r>`;
      const paragraph = (n) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${run(n % 7)}${run(n % 5)}${run(n % 3)}${run(1)}</w:p>`;
      return docx(documentXml(Array.from({ length: 40_000 }, (_, n) => paragraph(n)).join("")));
    },
  },
  "a .txt of about a million heading lines (12 MB)": {
    fileName: "hostile.txt",
    refused: "上限 paragraphs",
    build: async () => Buffer.from("一、问题\n".repeat(2_000_000).slice(0, 14 * 1024 * 1024 / 3)),
  },
  "a .txt of 17 MB": {
    fileName: "hostile.txt",
    refused: "上限 textFileBytes",
    build: async () => Buffer.alloc(17 * 1024 * 1024, 0x41),
  },
  "a .txt of 49,000 heading lines, read and analysed (the most a text may hold)": {
    fileName: "hostile.txt",
    analyse: true,
    paragraphs: 49_000,
    build: async () => Buffer.from("一、存在的问题\n".repeat(49_000)),
  },
  "a .txt with a zero-width space between every two characters (1 MB), read and analysed": {
    fileName: "hostile.txt",
    analyse: true,
    paragraphs: 12_000,
    build: async () => Buffer.from(Array.from({ length: 12_000 }, (_, i) => [...`${"一二三"[i % 3]}、对照检查存在的问题和整改措施。`].join("\u200b")).join("\n")),
  },
  "a damaged part (CRC)": {
    refused: "CRC 校验值不符",
    build: async () => zip([{ name: "word/document.xml", data: documentXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"), crc: 0x12345678 }]),
  },
};
