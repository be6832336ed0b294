/** A place in a draft: a paragraph (from 0) and UTF-16 offsets in its original text, `end` exclusive. */
export interface Place {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * A passage two drafts share, with its place and text in each. A passage that runs over lines
 * broken inside a sentence (a PDF's) in either draft comes as one piece a line, in order.
 */
export interface SharedPassage {
  /** The passage as the first draft writes it. */
  text: string;
  a: Place & { text: string };
  b: Place & { text: string };
  /** Its compared characters (punctuation, spaces and numbers left out). */
  length: number;
  /** Of those, the characters that are not stock text (what counts as copied). */
  own: number;
}

/** Two drafts that share passages. `a` and `b` are the drafts' indexes in the input, a < b. */
export interface SimilarPair {
  a: number;
  b: number;
  /**
   * Share (0–1) of the shorter draft's own characters (compared characters that are not stock
   * text) that the shared passages cover: 1 when one draft is copied whole into the other.
   */
  score: number;
  /** Own characters of the shared passages. */
  shared: number;
  /** Every shared passage once, longest first. */
  passages: SharedPassage[];
}

/** What was compared of each draft. */
export interface DraftSummary {
  /** Compared characters: punctuation, spaces and list numbers left out. */
  characters: number;
  /** Of those, the characters not covered by stock text. */
  own: number;
}

export interface SimilarityResult {
  drafts: DraftSummary[];
  /** The pairs that share at least one passage, highest score first. */
  pairs: SimilarPair[];
  /** The settings used: own characters a passage needs, and the fingerprint's k and window. */
  minChars: number;
  k: number;
  window: number;
}
