import type { AspectSpec, MeetingTemplate } from "./template";

/** The words of an aspect the writer typed, without a number, 在 and 方面 around them. */
function coreOf(name: string): string {
  return name
    .trim()
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/, "")
    .replace(/^在/, "")
    .replace(/(方面|方面的问题|的问题|问题)[。：:]?$/, "")
    .trim();
}

/**
 * Key terms of an aspect the writer typed: the words themselves, their parts (a、b，c), and the
 * halves around 和/与/及 where both are words of their own (选人用人和干部监督).
 */
export function termsOf(name: string): string[] {
  const core = coreOf(name);
  const listed = core.split(/[、，,；;]/).map((s) => s.trim());
  const halves = listed.flatMap((s) => {
    const pieces = s.split(/[和与及]/);
    return pieces.length > 1 && pieces.every((p) => p.length >= 3) ? pieces : [];
  });
  const parts = [...listed, ...halves].filter((s) => s.length >= 2);
  const terms = [...new Set([core, ...parts].filter((s) => s.length >= 2))];
  return terms.sort((a, b) => b.length - a.length);
}

/** Aspects from names the writer typed (巡视反馈的问题, a custom checklist). */
export function aspectsFromNames(names: readonly string[]): AspectSpec[] {
  return names
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name, i) => {
      const core = coreOf(name) || name;
      const terms = termsOf(name);
      return {
        id: `a${i + 1}`,
        name: core,
        heading: `在${core}方面`,
        terms: terms.length ? terms : [name],
        confidence: "high" as const,
      };
    });
}

/** A type whose aspects the writer gives (巡视整改), with the writer's list filled in. */
export function withWriterAspects(template: MeetingTemplate, names: readonly string[]): MeetingTemplate {
  return { ...template, aspects: aspectsFromNames(names) };
}

/** A checklist the user makes: a name and aspects, problems / causes / measures. */
export function customTemplate(input: { id: string; name: string; aspects: readonly string[]; withCase?: boolean }): MeetingTemplate {
  return {
    id: input.id,
    name: input.name,
    meeting: "minzhu",
    audience: "any",
    parts: input.withCase ? ["problems", "case", "causes", "measures"] : ["problems", "causes", "measures"],
    partHeadings: {
      problems: "存在的主要问题",
      case: "反面典型案例剖析",
      causes: "问题产生的原因",
      measures: "整改措施",
    },
    skeletonTitle: `【单位】【姓名】${input.name}对照检查材料`,
    skeletonPreamble: "按照【会议通知】要求，本人认真学习【学习内容】，广泛征求意见，深入查摆问题、剖析根源，现将对照检查情况报告如下：",
    aspects: aspectsFromNames(input.aspects),
    detect: [],
    confidence: "high",
    note: "自定义清单：由使用者自行编写。",
  };
}
