export { checkFollowUp, REPEATED, REPORTED, type FollowUpInput } from "./followup";
export { unitsOf, unitText, sentencesOf } from "./units";
export type * from "./types";
