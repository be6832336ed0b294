import type { Paragraphs, Part } from "../types";

/** Whose material it is: a person's (我、本人) or a team's (领导班子、党组). */
export type Voice = "personal" | "team";

/** Where the voice was read: the material says it (title, 署名, preamble) or its text shows it. */
export type VoiceSource = "title" | "signature" | "preamble" | "text";

export interface VoiceFinding {
  /** The one answer: what the title, 署名 or preamble say, or else how the problems are written. */
  voice: Voice | null;
  /** Counts of personal and team words in the problems and causes (the text's own voice). */
  personal: number;
  team: number;
  /** Where `voice` comes from; null when nothing tells. */
  source: VoiceSource | null;
  /** The words that decided when the title, 署名 or preamble did ("领导班子", "局长", "现将个人"). */
  term: string | null;
  /** What the title, 署名 or preamble say, or null when they do not say. */
  declared: Voice | null;
  /** How the problems and causes are written, or null when they are too short to tell. */
  written: Voice | null;
}

/** Posts that name a person: 局长对照检查材料, 张某某同志（副县长）. */
const POSTS =
  "(?:副)?(?:书记|局长|部长|县长|市长|区长|镇长|乡长|州长|省长|厅长|主任|处长|科长|院长|校长|所长|站长|行长|社长|馆长|队长|庭长|检察长|主席|秘书长|总经理|经理|董事长|调研员|专员)";
const POST = new RegExp(`${POSTS}(?!班子|会|成员|们)`);
/** A post in brackets: （副县长）, (局长). */
const POST_IN_BRACKETS = new RegExp(`[（(][^（）()]{0,12}${POSTS}[）)]`);
const PERSONAL_TITLE = /个人|本人|同志(?!们)|党员(?!领导干部|干部|大会|代表)/;
const TEAM_TITLE = /领导班子|支部班子|支委班子|班子(?!成员)|党组(?!书记|副书记|成员)|党委(?!书记|副书记|委员|常委)|常委会|支委会|支部委员会|党总支(?!书记)|党支部(?!书记|副书记|委员|党员)/;

/** A meeting named in a title (在县委常委班子专题民主生活会上的发言提纲): its words are not the writer's. */
const MEETING_IN_TITLE = /在.{0,40}?(?:会议|生活会|座谈会|会)上(?:的)?/g;
/** A meeting named in a sentence (关于召开县委常委班子民主生活会的通知). */
const MEETING_IN_TEXT = /(?:召开|开好|参加|出席|组织召开|举行|筹备|准备)[^，。；,;]{0,40}?(?:生活会|会议)/g;

/** The voice a title declares, with the words that say so; null when it does not say. */
export function titleVoice(title: string): { voice: Voice; term: string } | null {
  const t = title.replace(/[\s*#]/g, "").replace(MEETING_IN_TITLE, "在会上的");
  const personal = PERSONAL_TITLE.exec(t) ?? POST_IN_BRACKETS.exec(t) ?? POST.exec(t);
  if (personal) return { voice: "personal", term: personal[0] ?? "" };
  const team = TEAM_TITLE.exec(t);
  if (team) return { voice: "team", term: team[0] ?? "" };
  return null;
}

/** The voice a 署名 line declares: a unit (某局党组) is a team, a post or a name a person. */
export function signatureVoice(line: string): { voice: Voice; term: string } | null {
  const t = line.trim().replace(/[*#]/g, "");
  if (!t || t.length > 40) return null;
  const unit = /(?:领导班子|班子|党组|党委|常委会|支委会|支部委员会|党总支|党支部)$/.exec(t);
  if (unit) return { voice: "team", term: unit[0] };
  const post = new RegExp(POSTS).exec(t);
  if (post) return { voice: "personal", term: post[0] };
  // A name: the whole line, or the last word after a space (县统计局机关第二党支部 韩晓燕).
  const name = /(?:^|[\s\u3000])([\u4e00-\u9fa5]{2,4})$/.exec(t);
  if (name && !/[局委部办院校所站队会组司厅处科室村镇乡县市区省]$/.test(name[1])) return { voice: "personal", term: name[1] };
  return null;
}

const PERSONAL_WORDS = /我(?![们县市省区局委校院国党镇乡部厅处科司办所站单])|本人|个人(?!主义|利益|得失|名利|问题清单)|自己|自身/g;
const TEAM_WORDS = /班子(?!成员)|党组(?!书记|副书记|成员|理论学习中心组|中心组)|党委(?!书记|副书记|委员|常委)|常委会|支委会|支部委员会/g;

/** The voice a preamble speaks in: 我/本人 against 班子/党组 as the subject; null when it is not clear. */
export function preambleVoice(text: string): { voice: Voice; term: string } | null {
  const t = text.replace(MEETING_IN_TEXT, "");
  const strong = /现将(?:我的|我|本人|个人)|现将(?:领导)?班子|现将(?:党组|党委|常委会)/.exec(t);
  if (strong) return { voice: /班子|党组|党委|常委会/.test(strong[0]) ? "team" : "personal", term: strong[0] };
  const personal = t.match(PERSONAL_WORDS) ?? [];
  const team = t.match(TEAM_WORDS) ?? [];
  if (personal.length >= 1 && personal.length >= 2 * team.length) return { voice: "personal", term: personal[0] ?? "" };
  if (team.length >= 1 && team.length >= 2 * personal.length) return { voice: "team", term: team[0] ?? "" };
  return null;
}

/** How the problems and causes are written: 我、本人、自己 against 班子、有的同志. */
export function writtenVoice(paragraphs: Paragraphs, parts: readonly Part[]): { voice: Voice | null; personal: number; team: number } {
  const problems = parts.filter((p) => p.role === "problems" || p.role === "causes");
  const ranges = problems.length ? problems.map((p) => [p.first, p.last]) : [[0, paragraphs.length - 1]];
  let personal = 0;
  let team = 0;
  for (const [a, b] of ranges) {
    for (let i = a; i <= b; i++) {
      const t = paragraphs[i].text;
      personal += t.match(/我(?![们县市省区局委校院国党])|本人|自己|自身/g)?.length ?? 0;
      team += t.match(/班子|常委会|党组成员|有的同志|部分同志/g)?.length ?? 0;
    }
  }
  const total = personal + team;
  if (total < 3) return { voice: null, personal, team };
  return { voice: team > personal ? "team" : "personal", personal, team };
}

const textOf = (paragraphs: Paragraphs, part: Part | undefined) =>
  part ? paragraphs.slice(part.first, part.last + 1).map((p) => p.text).join("") : "";

/** What the title, 署名 or preamble declare, in that order; null when none says. */
export function declaredVoice(paragraphs: Paragraphs, parts: readonly Part[]): { voice: Voice; term: string; source: VoiceSource } | null {
  const part = (role: Part["role"]) => parts.find((p) => p.role === role);
  const title = titleVoice(textOf(paragraphs, part("title")));
  if (title) return { ...title, source: "title" };
  const signature = part("signature");
  if (signature) {
    for (let i = signature.first; i <= signature.last; i++) {
      const s = signatureVoice(paragraphs[i].text);
      if (s) return { ...s, source: "signature" };
    }
  }
  // The preamble's opening is enough: a long one is cut to keep long documents cheap.
  const preamble = preambleVoice(textOf(paragraphs, part("preamble")).slice(0, 2000));
  if (preamble) return { ...preamble, source: "preamble" };
  return null;
}

/**
 * Whose voice a material speaks in. One answer: the title, 署名 or preamble decide when they
 * say (领导班子…对照检查材料, …局长对照检查材料, 现将个人对照检查情况报告如下), the problems
 * and causes otherwise. `written` keeps how the problems are written, so that a personal
 * material written as a team (or the reverse) can still be pointed out.
 */
export function findVoice(paragraphs: Paragraphs, parts: readonly Part[]): VoiceFinding {
  const declared = declaredVoice(paragraphs, parts);
  const written = writtenVoice(paragraphs, parts);
  return {
    voice: declared?.voice ?? written.voice,
    personal: written.personal,
    team: written.team,
    source: declared ? declared.source : written.voice ? "text" : null,
    term: declared?.term ?? null,
    declared: declared?.voice ?? null,
    written: written.voice,
  };
}
