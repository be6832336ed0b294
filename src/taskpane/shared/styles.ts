import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A button that reads as the text it holds (a name to jump from, a note to open): no chrome, a focus ring. */
export const textButton: GriffelStyle = {
  backgroundColor: "transparent",
  border: "none",
  padding: 0,
  margin: 0,
  font: "inherit",
  color: "inherit",
  textAlign: "start",
  cursor: "pointer",
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
};

/** A text button that jumps to a place in the document: underlined under the pointer. */
export const jumpButton: GriffelStyle = { ...textButton, ":hover": { textDecorationLine: "underline" } };

/** A list without bullets whose items stand apart (findings, measures, passages). */
export const plainList: GriffelStyle = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" };

/** An item of such a list, framed: a finding, one of last year's measures, a shared passage. */
export const framedItem: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: "2px",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusMedium,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
};
