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
