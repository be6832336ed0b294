export { findCorrespondence } from "./correspondence";
export type { CorrespondenceInput } from "./reading";
export { realPositions, SAME_POSITIONS, type PositionMap } from "./mapBack";
export { compileTopics, topicIndex, type TopicIndex } from "./topics";
export * from "./gaps";
export { applyWriterLinks, pairKey } from "./writer";
export type * from "./types";
