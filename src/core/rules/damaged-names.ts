import type { Rule } from "./types";
import { damagedNamesOf } from "../text/damagedNames";

/**
 * Leaders' and theories' names damaged by copying from websites: pinyin initials (xjp), a name
 * masked by a filter (xx思想, 习*平, 邓--理论, A总书记), 习近平 dropped before 新时代… The finding
 * lies in `findDamagedNames` (text/damagedNames.ts), shared with the placeholders rule, which leaves these spans to this
 * one. A fix restores the name only where nothing else can be meant.
 */
export const damagedNames: Rule = {
  meta: {
    id: "damaged-names",
    category: "names",
    severity: "error",
    name: "领导人姓名或理论名称残缺",
    description:
      "领导人姓名或理论名称在从网站复制时被改成拼音缩写（xjp）、被屏蔽（xx思想、习*平、邓--理论、A总书记），或丢了“习近平”（总书记新时代中国特色社会主义思想）。",
    why: "在对照检查材料里写错、写残领导人姓名和党的理论名称是严重的政治性差错，审核时必然退回；这类残缺多是从网站复制时被过滤造成的，自己通读也容易看漏。",
    example: { bad: "坚持用xjp新时代中国特色社会主义思想武装头脑，学好邓--理论。", good: "坚持用习近平新时代中国特色社会主义思想武装头脑，学好邓小平理论。" },
    messages: {
      initials: "“{{text}}”是“{{name}}”的拼音缩写，应写全名“{{name}}”。",
      masked: "“{{text}}”处的领导人姓名或理论名称被屏蔽或删改了，应写完整、写准确。",
      maskedKnown: "“{{text}}”处的姓名被屏蔽了，应为“{{name}}”。",
      dropped: "“{{text}}”前漏了“习近平”：理论的规范名称是“习近平新时代中国特色社会主义思想”。",
      truncated: "“{{text}}”缺了姓，应为“{{name}}”。",
    },
    fixable: true,
  },
  check({ paragraphs, report }) {
    const names = damagedNamesOf(paragraphs);
    paragraphs.forEach(({ text }, paragraph) => {
      for (const d of names[paragraph]) {
        const messageId = d.kind === "masked" ? (d.name ? "maskedKnown" : "masked") : d.kind;
        report({
          messageId,
          paragraph,
          start: d.start,
          end: d.end,
          data: { text: text.slice(d.start, d.end), name: d.name ?? "" },
          ...(d.fix ? { fix: { paragraph, ...d.fix } } : {}),
        });
      }
    });
  },
};
