#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png) from code, with Node built-ins only.
//
// The mark: a document page holding two facing columns of text lines (对照), with a red
// (#C0272D) tick over its lower right corner; the tick is cut out of the page by a thin
// transparent gap so it stays legible at 16 px. The background is transparent.
//
// The design lives on a 16 × 16 unit grid; every size we emit is a multiple of 16, so edges
// at whole units fall on pixel boundaries. Each pixel's coverage of each shape is measured
// by sampling it on a 16 × 16 grid (anti-aliasing), and the layers are composited in
// premultiplied RGBA. Only + − × / and Math.sqrt are used, so the output is the same bytes
// on every run (PNG: 8-bit RGBA, no ancillary chunks, zlib level 9).
//
//   node scripts/draw-icons.mjs            writes assets/icon-{16,32,64,80,128}.png
//   node scripts/draw-icons.mjs --check    exits 1 if a file in assets/ differs from what it would write

import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SIZES = [16, 32, 64, 80, 128];

const COLORS = {
  border: [0x3c, 0x4a, 0x5a],
  paper: [0xff, 0xff, 0xff],
  lines: [0x8a, 0x97, 0xa8],
  tick: [0xc0, 0x27, 0x2d],
};

// ---------------------------------------------------------------- geometry (units 0..16)

const PAGE = { x0: 2, y0: 1, x1: 14, y1: 15, r: 1.75 };
// Two facing columns, four lines each; the tick covers the lower right lines.
const COLUMNS = [
  [4, 7],
  [9, 12],
];
const LINE_ROWS = [3, 5, 7, 9, 11];
const TICK = [
  [6.9, 10.6],
  [9.2, 12.9],
  [14.1, 7.3],
];
// At 16 px both arms run at 45° through pixel centres, which keeps the 2 px stroke crisp.
const TICK_16 = [
  [6.5, 10.5],
  [9, 13],
  [14, 8],
];

/** Border width in units for a given pixel size: 1 px at 16, about 3/4 unit above. */
function borderUnits(size) {
  const px = Math.max(1, Math.round((size / 16) * 0.75));
  return px / (size / 16);
}

function insideRoundRect(x, y, { x0, y0, x1, y1, r }) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
  const cy = y < y0 + r ? y0 + r : y > y1 - r ? y1 - r : y;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inset(rect, d) {
  return { x0: rect.x0 + d, y0: rect.y0 + d, x1: rect.x1 - d, y1: rect.y1 - d, r: Math.max(0, rect.r - d) };
}

/** Squared distance from (x, y) to the segment a–b. */
function dist2ToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  let t = ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy);
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const dx = x - (ax + t * vx);
  const dy = y - (ay + t * vy);
  return dx * dx + dy * dy;
}

function nearPolyline(x, y, points, halfWidth) {
  const limit = halfWidth * halfWidth;
  for (let i = 0; i + 1 < points.length; i++) {
    if (dist2ToSegment(x, y, points[i], points[i + 1]) <= limit) return true;
  }
  return false;
}

/** The layers, bottom to top: [mode, colour, inside(x, y) in units]. */
function layers(size) {
  const b = borderUnits(size);
  const inner = inset(PAGE, b);
  const lineH = size <= 16 ? 1 : 0.875;
  const tickHalf = size <= 16 ? 1 : 0.95;
  const gap = size <= 16 ? 1 : 0.8;
  const tick = size <= 16 ? TICK_16 : TICK;
  return [
    ["over", COLORS.border, (x, y) => insideRoundRect(x, y, PAGE)],
    ["over", COLORS.paper, (x, y) => insideRoundRect(x, y, inner)],
    [
      "over",
      COLORS.lines,
      (x, y) => {
        for (const top of LINE_ROWS) {
          if (y < top || y > top + lineH) continue;
          for (const [l, r] of COLUMNS) if (x >= l && x <= r) return true;
        }
        return false;
      },
    ],
    ["erase", null, (x, y) => nearPolyline(x, y, tick, tickHalf + gap)],
    ["over", COLORS.tick, (x, y) => nearPolyline(x, y, tick, tickHalf)],
  ];
}

// ---------------------------------------------------------------- rasteriser

const SUB = 16; // samples per pixel side

/** Renders the icon at `size` px; returns straight (non-premultiplied) RGBA bytes. */
export function renderIcon(size) {
  const unit = size / 16;
  const n = size * size;
  const acc = new Float64Array(n * 4); // premultiplied r, g, b, a in 0..1
  const samples = [];
  for (let j = 0; j < SUB; j++) for (let i = 0; i < SUB; i++) samples.push([(i + 0.5) / SUB, (j + 0.5) / SUB]);

  for (const [mode, color, inside] of layers(size)) {
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        let hits = 0;
        for (const [sx, sy] of samples) if (inside((px + sx) / unit, (py + sy) / unit)) hits++;
        if (hits === 0) continue;
        const a = hits / samples.length;
        const k = (py * size + px) * 4;
        if (mode === "erase") {
          for (let c = 0; c < 4; c++) acc[k + c] *= 1 - a;
        } else {
          for (let c = 0; c < 3; c++) acc[k + c] = (color[c] / 255) * a + acc[k + c] * (1 - a);
          acc[k + 3] = a + acc[k + 3] * (1 - a);
        }
      }
    }
  }

  const out = new Uint8Array(n * 4);
  for (let p = 0; p < n; p++) {
    const k = p * 4;
    const a = acc[k + 3];
    const a8 = Math.round(a * 255);
    if (a8 === 0) continue; // fully transparent pixels stay 0,0,0,0
    for (let c = 0; c < 3; c++) out[k + c] = Math.min(255, Math.round((acc[k + c] / a) * 255));
    out[k + 3] = a8;
  }
  return out;
}

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes straight RGBA bytes as a PNG (colour type 6, 8 bits, no interlace). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace

  // Each scanline: filter type 1 (Sub) — small and simple.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 1;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x];
      const left = x >= 4 ? rgba[y * stride + x - 4] : 0;
      raw[row + 1 + x] = (cur - left) & 0xff;
    }
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export function iconPng(size) {
  return encodePng(size, size, renderIcon(size));
}

// ---------------------------------------------------------------- CLI

function main(argv) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dir = join(root, "assets");
  const check = argv.includes("--check");
  let stale = 0;
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    const png = iconPng(size);
    if (check) {
      const same = existsSync(file) && Buffer.compare(readFileSync(file), png) === 0;
      if (!same) stale++;
      console.log(`${same ? "一致 ok     " : "不一致 stale"}  assets/icon-${size}.png`);
    } else {
      writeFileSync(file, png);
      console.log(`已写入 wrote  assets/icon-${size}.png  (${png.length} bytes)`);
    }
  }
  if (check && stale > 0) {
    console.error(`${stale} 个图标与脚本输出不一致，请运行 node scripts/draw-icons.mjs / ${stale} icon(s) out of date.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
