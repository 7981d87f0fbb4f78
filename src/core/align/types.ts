// The aligner's public data types (re-exported from ./index.ts).

/** One sentence to align; `paragraph` (any integer, equal within a paragraph) when the layout is known. */
export interface AlignSentence {
  text: string;
  paragraph?: number;
}

/** A bead: 0-based sentence indexes of each side, ascending and contiguous; score = confidence 0..1. */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}

/** A user glossary entry: a source term and its translation, matched after folding (case, Arabic letter forms). */
export interface GlossaryEntry {
  source: string;
  target: string;
}
