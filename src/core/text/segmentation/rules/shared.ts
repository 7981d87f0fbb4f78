// Regex fragments both default rule sets use. They are copied into each rule set's `patterns`, so a
// stored rule set is self-contained and a project can edit its copy without touching the defaults.

import type { SegmentationRule } from '../types.js';

export const SHARED_PATTERNS: Record<string, string> = {
  /** Sentence-final punctuation: . ! ? ؟ … and the double forms ‼ ⁇ ⁈ ⁉, Urdu full stop ۔ */
  stop: '[.!?\\u061F\\u2026\\u203C\\u2047-\\u2049\\u06D4]',
  /** Closing quotes and brackets that stay with the sentence they close ("…". «…». (…).). “ ‘ are
   *  included because Arabic text often uses them reversed; they only count right after a stop. */
  closing: '["\'\\u201D\\u2019\\u201C\\u2018\\u00BB\\u203A)\\]}]',
  /** Invisible bidi marks and controls typed after punctuation: LRM RLM ALM, embeddings, isolates. */
  bidiMark: '[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]',
  /** What may follow a stop and still belong to its sentence. */
  tail: '(?:{{closing}}|{{bidiMark}})*',
  /** The space after a stop, possibly with bidi marks typed into it. */
  gap: '\\s(?:\\s|{{bidiMark}})*',
  /** Opening quotes and brackets at the start of the next sentence. */
  opening: '["\'\\u201C\\u2018\\u201E\\u00AB\\u2039(\\[{]',
  /** No letter, mark or digit just before: the next item starts a word. */
  wordStart: '(?<![\\p{L}\\p{M}\\p{N}\\u0640])',
  /** No letter or mark just after: the previous item ended a word. */
  wordEnd: '(?![\\p{L}\\p{M}])',
  /** An ellipsis: …, two or more full stops (Arabic news often uses ".."), or spaced ". . ." */
  ellipsis: '(?:\\u2026|\\.{2,}|\\.(?:\\s\\.){2,})',
  /** Digits of any script used with Arabic: ASCII, Arabic-Indic, Persian. */
  digit: '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]',
  /** A list number or letter opening a paragraph: "1. ", "iv. ", "٣. " */
  listNumber: '^\\s*[(\\[]?(?:{{digit}}{1,3}|[ivxIVX]{1,5}|[A-Za-z])',
};

/** No sentence starts with a comma, a colon or more punctuation: ". . ." spaced out, "! ?", "… ،". */
export const PUNCTUATION_FOLLOWS: SegmentationRule = {
  break: false,
  before: '{{stop}}{{tail}}',
  after: '{{gap}}(?:{{stop}}|[\\u060C\\u061B,;:])',
  note: 'No sentence starts with punctuation: a spaced ellipsis ". . ." or "! ?" stays together, as does "… ،".',
};
