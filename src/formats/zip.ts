/**
 * Just enough of a zip reader for a .docx, written for files nobody vouches for: the central
 * directory is read by hand and checked against the file's size before anything is allocated,
 * only the parts asked for are inflated (with fflate's streaming `Inflate`), each against a byte
 * budget counted while inflating — the sizes the directory states are never trusted — and each
 * part's CRC-32 is checked. Node-free.
 *
 * Every problem is an `InputError`: a damaged or incomplete package, a limit reached
 * (`LIMITS.zipEntries`, `LIMITS.xmlPartBytes`), a damaged part (CRC).
 */

import { Inflate } from "fflate";
import { checksumError, InputError, limitError } from "./errors";
import { LIMITS } from "./limits";

export interface ZipEntry {
  /** As stored (OPC part names are matched case-insensitively by the caller). */
  name: string;
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  /** As the directory states it: a hint for the first allocation, never trusted. */
  statedSize: number;
  localHeaderOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
/** A central directory record is at least this long (no name, extra field or comment). */
const CENTRAL_RECORD_BYTES = 46;
const END_RECORD_BYTES = 22;
/** Compressed bytes given to the inflater at a time: at most about 8 MB come out of them. */
const INFLATE_CHUNK = 8 * 1024;

function damagedZip(detail: string, cause?: unknown): InputError {
  return new InputError(
    "无法解压 .docx 文件，文件可能已损坏或不完整（例如未下载完）。",
    "Could not unpack the .docx file; it may be damaged or incomplete.",
    { cause: cause ?? new Error(detail) },
  );
}

function u16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw damagedZip(`read past the end at ${at}`);
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > bytes.length) throw damagedZip(`read past the end at ${at}`);
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A 64-bit field; exact up to 2^53, and anything larger is beyond every check anyway. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

/** The end of central directory record: within the last 22 + 65 535 (comment) bytes. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_BYTES - 0xffff);
  for (let at = bytes.length - END_RECORD_BYTES; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === SIG_END) return at;
  }
  throw damagedZip("no end of central directory record");
}

/**
 * The entries of the zip's central directory. The entry count (zip64 included) is checked
 * against `LIMITS.zipEntries` and against what the file's size can hold before anything is read
 * or allocated.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEndRecord(bytes);
  let count = u16(bytes, end + 10);
  let directorySize = u32(bytes, end + 12);
  let directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(bytes, locator) === SIG_ZIP64_LOCATOR) {
      const record = u64(bytes, locator + 8);
      if (record + 56 > bytes.length || u32(bytes, record) !== SIG_ZIP64_END) {
        throw damagedZip("bad zip64 end of central directory locator");
      }
      count = u64(bytes, record + 32);
      directorySize = u64(bytes, record + 40);
      directoryOffset = u64(bytes, record + 48);
    }
  }
  if (count > LIMITS.zipEntries) throw limitError("zipEntries");
  if (count * CENTRAL_RECORD_BYTES > bytes.length || directoryOffset + directorySize > bytes.length) {
    throw damagedZip(`the directory claims ${count} entries, more than the file can hold`);
  }

  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  let at = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (u32(bytes, at) !== SIG_CENTRAL) throw damagedZip(`bad central directory record ${k}`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    let compressedSize = u32(bytes, at + 20);
    let statedSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localHeaderOffset = u32(bytes, at + 42);
    const nameStart = at + CENTRAL_RECORD_BYTES;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw damagedZip(`central directory record ${k} runs past the end`);
    const nameBytes = bytes.subarray(nameStart, extraStart);
    // Bit 11: the name is UTF-8; otherwise code page 437, read as Latin-1 (part names are ASCII).
    const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    if (statedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64 extended information: the 64-bit values of the fields set to 0xffffffff, in order.
      for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let field = e + 4;
          if (statedSize === 0xffffffff) {
            statedSize = u64(bytes, field);
            field += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, field);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({ name, flags, method, crc, compressedSize, statedSize, localHeaderOffset });
    at = next;
  }
  return entries;
}

function latin1(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i++) out += String.fromCharCode(data[i]);
  return out;
}

/**
 * The bytes of one entry, inflated with a running count: more than `maxBytes` is refused
 * (`LIMITS.xmlPartBytes`) as soon as it is reached, whatever size the directory states. The
 * CRC-32 is checked, after `precheck` (which may throw) has seen the bytes. `partName` names the
 * part in messages.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  partName = entry.name,
  precheck?: (data: Uint8Array) => void,
): Uint8Array {
  if (entry.flags & 0x1) {
    throw new InputError(
      `文件中的 ${partName} 已加密，无法读取。请在 Word 或 WPS 中打开，取消密码保护后另存为 .docx 再检查。`,
      `${partName} in the file is encrypted. Remove the password in Word or WPS, save as .docx and try again.`,
    );
  }
  const local = entry.localHeaderOffset;
  if (u32(bytes, local) !== SIG_LOCAL) throw damagedZip(`no local header for ${entry.name}`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damagedZip(`${entry.name} runs past the end of the file`);
  const compressed = bytes.subarray(start, end);

  let data: Uint8Array;
  if (entry.method === 0) {
    if (compressed.length > maxBytes) throw limitError("xmlPartBytes", partName);
    data = compressed;
  } else if (entry.method === 8) {
    data = inflateWithin(compressed, maxBytes, entry.statedSize, partName);
  } else {
    throw new InputError(
      `文件中的 ${partName} 使用了不支持的压缩方式（${entry.method}），无法读取。请在 Word 或 WPS 中打开后重新另存为 .docx。`,
      `${partName} in the file uses an unsupported compression method (${entry.method}). Open the file in Word or WPS and save it again as .docx.`,
    );
  }
  precheck?.(data);
  if (crc32(data) !== entry.crc) throw checksumError(partName);
  return data;
}

function inflateWithin(compressed: Uint8Array, maxBytes: number, statedSize: number, partName: string): Uint8Array {
  // The stated size only chooses the first allocation (a right one avoids any copy).
  // Deflate expands at most 1 032 times.
  let out = new Uint8Array(Math.min(Math.max(Math.min(statedSize, compressed.length * 1032), 64 * 1024), maxBytes));
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > maxBytes) throw limitError("xmlPartBytes", partName);
    if (length + chunk.length > out.length) {
      const grown = new Uint8Array(Math.min(Math.max(out.length * 2, length + chunk.length), maxBytes));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
      const last = at + INFLATE_CHUNK >= compressed.length;
      inflater.push(compressed.subarray(at, at + INFLATE_CHUNK), last);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw damagedZip(`${partName} cannot be inflated`, error);
  }
  return out.subarray(0, length);
}

let crcTable: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses), as an unsigned number. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
