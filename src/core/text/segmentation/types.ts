// Segmentation rules are plain JSON data so a project can store, show and edit them. The semantics
// follow SRX (the LISA/GALA Segmentation Rules eXchange standard): a rule is a pair of regular
// expressions around a position, and at every position where some break rule matches, the FIRST
// matching rule in order decides whether the text breaks there.

/** One ordered rule: "break (or not) between text matching `before` and text matching `after`". */
export interface SegmentationRule {
  /** true: a sentence ends here; false: an exception that keeps the sentence together. */
  break: boolean;
  /**
   * JavaScript regular-expression source that must match text ENDING at the position (it is run as
   * a lookbehind). Compiled with the `u` and `m` flags and case-sensitive: `^` is the start of the
   * paragraph, `\p{L}` works. May use `{{name}}` placeholders (see SegmentationRuleSet). Empty = anything.
   * As in any JavaScript lookbehind, it is matched right to left: a backreference must stand to the
   * LEFT of its group here (or put the check in `after`).
   */
  before: string;
  /** Regex source that must match text STARTING at the position (run as a lookahead). `$` = paragraph end. */
  after: string;
  /** Why the rule exists, shown in the rule editor. */
  note?: string;
}

/** A complete, JSON-serialisable rule set for one language. */
export interface SegmentationRuleSet {
  /** BCP 47 tag of the language the rules are written for ("ar", "en", …). */
  language: string;
  /** A name for the settings view ("Arabic (Mizan default)"). */
  name?: string;
  /**
   * Named word lists, e.g. `{ "titles": ["Mr", "Dr", "Sen"] }`. `{{titles}}` in a rule expands to a
   * non-capturing alternation of the words, regex-escaped and longest first, so abbreviation lists
   * can be edited as plain words without touching any regular expression.
   */
  lists?: Record<string, string[]>;
  /**
   * Named regex fragments, e.g. `{ "stop": "[.!?؟…]" }`. `{{stop}}` expands to `(?:fragment)`.
   * Fragments may use other placeholders (no cycles).
   */
  patterns?: Record<string, string>;
  /**
   * Ordered rules: the first one matching at a position decides (SRX semantics). Positions where no
   * break rule matches never break, so the segmenter scans the text only for break-rule matches
   * (their `after` is tried at every position: keep it cheap to reject, e.g. starting with `\s`) and
   * consults the whole list only there. `^` and `$` match at paragraph (line) boundaries and `.` does
   * not cross them; a line break always ends a sentence whatever the rules say.
   */
  rules: SegmentationRule[];
}

/** A sentence found in a text. */
export interface SentenceSpan {
  /** The sentence, trimmed of surrounding whitespace: always `source.slice(start, end)`. */
  text: string;
  /** Index of the paragraph (non-blank line) the sentence belongs to, counting from 0. */
  paragraph: number;
  /** Start offset in UTF-16 code units into the segmented text. */
  start: number;
  /** End offset (exclusive) in UTF-16 code units into the segmented text. */
  end: number;
}

/** Something wrong with a rule set, precise enough for a rule editor to point at the field. */
export interface RuleSetProblem {
  /** Index of the offending rule, or null for a problem in `lists`/`patterns`/the set itself. */
  rule: number | null;
  /** The field at fault: "before", "after", "break", "lists.titles", "patterns.stop", "rules", … */
  field: string;
  message: string;
}

/** Which rule decided at a position where some break rule matched (for a rule editor's "why?"). */
export interface SegmentationDecision {
  /** UTF-16 offset of the position between two characters. */
  position: number;
  /** Index of the first matching rule, the one that decided. */
  rule: number;
  break: boolean;
}
