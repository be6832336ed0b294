/**
 * Word's number formats: the text a list counter's value takes in each `w:numFmt`
 * (`ST_NumberFormat`: decimal, chineseCounting, upperLetter, upperRoman, decimalEnclosedCircle …).
 * The counters that produce the values live in numbering.ts. Node-free.
 *
 * The counters never pass values above `LIMITS.listNumber` (Word clamps them); the formats whose
 * text grows with the value (letters, roman numerals) clamp them too, and no format loops over a
 * value: a number's text is built in time proportional to its length.
 */

import { LIMITS } from "./limits";

const IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
const TAIWANESE_DIGITS = "○一二三四五六七八九";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

interface SpokenSystem {
  /** Digits 0–9 (index 0 is only used for the value 0 itself). */
  digits: string;
  /** Markers for tens, hundreds, thousands. */
  units: [string, string, string];
  /** Group markers for 10^4, 10^8, 10^12. */
  groups: [string, string, string];
  /** Written for skipped zero places ("一百零一"); null when the system writes none. */
  zero: string | null;
  /** When the digit 1 before a unit is left out. */
  omitOne: "leadingTen" | "always" | "never";
}

const CHINESE_SIMPLIFIED: SpokenSystem = {
  digits: "零一二三四五六七八九",
  units: ["十", "百", "千"],
  groups: ["万", "亿", "兆"],
  zero: "零",
  omitOne: "leadingTen",
};
const CHINESE_TRADITIONAL: SpokenSystem = {
  ...CHINESE_SIMPLIFIED,
  groups: ["萬", "億", "兆"],
};
const CHINESE_LEGAL_SIMPLIFIED: SpokenSystem = {
  digits: "零壹贰叁肆伍陆柒捌玖",
  units: ["拾", "佰", "仟"],
  groups: ["万", "亿", "兆"],
  zero: "零",
  omitOne: "never",
};
const CHINESE_LEGAL_TRADITIONAL: SpokenSystem = {
  digits: "零壹貳參肆伍陸柒捌玖",
  units: ["拾", "佰", "仟"],
  groups: ["萬", "億", "兆"],
  zero: "零",
  omitOne: "never",
};
const JAPANESE: SpokenSystem = {
  digits: "〇一二三四五六七八九",
  units: ["十", "百", "千"],
  groups: ["万", "億", "兆"],
  zero: null,
  omitOne: "always",
};
const JAPANESE_LEGAL: SpokenSystem = {
  digits: "〇壱弐参四伍六七八九",
  units: ["拾", "百", "阡"],
  groups: ["萬", "億", "兆"],
  zero: null,
  omitOne: "never",
};

function spoken(value: number, system: SpokenSystem): string {
  if (value === 0) return system.digits[0];
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  if (groups.length > 4) return String(value);
  let out = "";
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (out && system.zero && (pendingZero || group < 1000)) out += system.zero;
    pendingZero = false;
    out += spokenGroup(group, system, out === "") + (g > 0 ? system.groups[g - 1] : "");
  }
  return out;
}

function spokenGroup(group: number, system: SpokenSystem, leading: boolean): string {
  let out = "";
  let started = false;
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero && system.zero) out += system.zero;
    zero = false;
    const omitOne =
      digit === 1 &&
      place > 0 &&
      (system.omitOne === "always" ||
        (system.omitOne === "leadingTen" && place === 1 && leading && !started));
    out += (omitOne ? "" : system.digits[digit]) + (place > 0 ? system.units[place - 1] : "");
    started = true;
  }
  return out;
}

/** 一…九, 十…九十九 with 十, and digit by digit from 100 (一〇〇), as Word's chineseCounting. */
function chineseCounting(value: number, digits: string): string {
  if (value < 10) return digits[value];
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const ones = value % 10;
    return (tens === 1 ? "" : digits[tens]) + "十" + (ones === 0 ? "" : digits[ones]);
  }
  return positional(value, digits);
}

function positional(value: number, digits: string): string {
  let out = "";
  for (const c of String(value)) out += digits[c.charCodeAt(0) - 48];
  return out;
}

/** A–Z, then AA–ZZ, AAA … (Word repeats the letter, it does not count in base 26). */
function letters(value: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let out = "";
  let rest = value;
  for (const [amount, symbol] of ROMAN) {
    const times = Math.floor(rest / amount);
    if (times > 0) {
      out += symbol.repeat(times);
      rest -= times * amount;
    }
  }
  return out;
}

/** A character from a run of `count` code points starting at `first`, or decimal beyond it. */
function enclosed(value: number, first: number, count: number): string {
  return value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : String(value);
}

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/**
 * The text Word shows for `value` in number format `format` (an `ST_NumberFormat` value such as
 * "decimal", "chineseCounting", "decimalEnclosedCircle"). Formats with a closed set of symbols
 * (circled numbers 1–20, 甲…癸, 子…亥) fall back to plain decimal beyond the set, as Word does.
 * Unknown formats give decimal. `bullet` gives "•" (the real bullet is in the level text) and
 * `none` gives "". Letters and roman numerals show values above `LIMITS.listNumber` as that value.
 */
export function formatListNumber(value: number, format: string): string {
  if (format === "none") return "";
  if (format === "bullet") return "•";
  if (!Number.isFinite(value)) return "";
  const n = Math.trunc(value);
  if (n < 0) return String(n);
  if (n === 0) {
    switch (format) {
      case "chineseCounting":
      case "ideographDigital":
      case "japaneseDigitalTenThousand":
        return "〇";
      case "taiwaneseCounting":
      case "taiwaneseDigital":
        return "○";
      case "chineseCountingThousand":
      case "taiwaneseCountingThousand":
      case "chineseLegalSimplified":
      case "ideographLegalTraditional":
        return "零";
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return "０";
      case "decimalZero":
        return "00";
      default:
        return "0";
    }
  }
  switch (format) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 48));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, 0x2460, 20); // ①…⑳
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20); // ⒈…⒛
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20); // ⑴…⒇
    case "ideographEnclosedCircle":
      return enclosed(n, 0x3280, 10); // ㊀…㊉
    case "chineseCounting":
      return chineseCounting(n, IDEOGRAPH_DIGITS);
    case "taiwaneseCounting":
      return chineseCounting(n, TAIWANESE_DIGITS);
    case "chineseCountingThousand":
      return spoken(n, CHINESE_SIMPLIFIED);
    case "taiwaneseCountingThousand":
      return spoken(n, CHINESE_TRADITIONAL);
    case "chineseLegalSimplified":
      return spoken(n, CHINESE_LEGAL_SIMPLIFIED);
    case "ideographLegalTraditional":
      return spoken(n, CHINESE_LEGAL_TRADITIONAL);
    case "japaneseCounting":
      return spoken(n, JAPANESE);
    case "japaneseLegal":
      return spoken(n, JAPANESE_LEGAL);
    case "ideographDigital":
    case "japaneseDigitalTenThousand":
      return positional(n, IDEOGRAPH_DIGITS);
    case "taiwaneseDigital":
      return positional(n, TAIWANESE_DIGITS);
    case "ideographTraditional":
      return n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case "ideographZodiac":
      return n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case "ideographZodiacTraditional":
      return n <= 60 ? HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case "upperLetter":
      return letters(Math.min(n, LIMITS.listNumber), true);
    case "lowerLetter":
      return letters(Math.min(n, LIMITS.listNumber), false);
    case "upperRoman":
      return roman(Math.min(n, LIMITS.listNumber));
    case "lowerRoman":
      return roman(Math.min(n, LIMITS.listNumber)).toLowerCase();
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    case "numberInDash":
      return `- ${n} -`;
    case "hex":
      return n.toString(16).toUpperCase();
    default:
      return String(n);
  }
}
