// Attribution fidelity: who said what, and how firmly. The reporting cue's class in the Arabic against the
// English reporting verb's class (cue annotations first, the lexicon where there are none); direct speech
// kept direct; a speaker the Arabic names still named in the English.
import {
  ARABIC_CUES, CUE_CLASSES, CUE_NOUNS, ENGLISH_CUES, ENGLISH_EXAMPLES, FAITHFUL_RENDERINGS, LICENSED_BY, type CueClass,
} from '../lexicon/reporting.js';
import { registryNameIn, speakersInSource, transliteratedNameIn } from '../speakers.js';
import { arabicWords, englishWords, findArabic, findPhrases, isTranslated, type PhraseHit } from '../text.js';
import type { QaHit, QaSegment, QaSegmentCheck } from '../types.js';
import { arabicNegations } from './negation.js';

const isCueClass = (label: string | null): label is CueClass => CUE_CLASSES.some((c) => c === label);

/** Cue classes on one side: the annotated ones if a person labelled any, else what the lexicon finds. */
function cues(qa: QaSegment, side: 'source' | 'target'): PhraseHit<CueClass>[] {
  const annotated = qa.annotations.flatMap((a) =>
    a.layer === 'cue' && a.side === side && isCueClass(a.label) ? [{ value: a.label, start: a.start ?? 0, end: a.end ?? 0 }] : []);
  const text = side === 'source' ? qa.segment.source : qa.segment.target;
  const found = side === 'source' ? findArabic(arabicWords(text), ARABIC_CUES, { enclitics: true }) : findPhrases(englishWords(text), ENGLISH_CUES);
  // The source trusts a person's labels over the lexicon; the English takes both, so a missed rendering is not a false alarm.
  if (side === 'source' && annotated.length > 0) return annotated;
  return [...annotated, ...found];
}

export const reportingVerb: QaSegmentCheck = {
  id: 'reporting-verb',
  label: 'Reporting verb weakened or strengthened',
  description: 'The English reporting verb does not carry the force of the Arabic cue (نفى rendered "said", قال rendered "claimed").',
  category: 'attribution',
  defaultSeverity: 'warning',
  scope: 'segment',
  run(qa) {
    const { segment } = qa;
    if (!isTranslated(segment)) return [];
    const ar = cues(qa, 'source');
    const en = cues(qa, 'target');
    const enClasses = new Set(en.map((c) => c.value));
    const arClasses = new Set(ar.map((c) => c.value));
    const hits: QaHit[] = [];
    const reported = new Set<CueClass>();
    for (const cue of ar) {
      const faithful = FAITHFUL_RENDERINGS[cue.value];
      if (faithful === undefined || reported.has(cue.value) || faithful.some((c) => enClasses.has(c))) continue;
      reported.add(cue.value);
      const word = segment.source.slice(cue.start, cue.end);
      hits.push({
        message: `The Arabic reports ${CUE_NOUNS[cue.value]} (${word}) but the English has no reporting verb of that force: consider ${ENGLISH_EXAMPLES[cue.value]}.`,
        range: { side: 'source', start: cue.start, end: cue.end },
      });
    }
    // A loaded English verb is reported only where the Arabic reports plainly (قال، أضاف، أكد…): "denies" in
    // "a policy that denies asylum" reports nobody, and the Arabic for it has no reporting cue.
    const plain = ar.some((c) => LICENSED_BY[c.value] === undefined && FAITHFUL_RENDERINGS[c.value] === undefined);
    const negated = arabicNegations(segment.source).strong.length > 0;
    for (const cue of plain ? en : []) {
      const licensed = LICENSED_BY[cue.value];
      if (licensed === undefined || reported.has(cue.value) || licensed.some((c) => arClasses.has(c))) continue;
      // "denied" for قال إنه لم … keeps the meaning: the Arabic negates what was said.
      if (cue.value === 'deny' && negated) continue;
      reported.add(cue.value);
      const word = segment.target.slice(cue.start, cue.end);
      hits.push({
        message: `The English "${word}" reports ${CUE_NOUNS[cue.value]} the Arabic does not make: check the Arabic verb and render it as plainly (for قال: "said").`,
        range: { side: 'target', start: cue.start, end: cue.end },
      });
    }
    return hits;
  },
};

// Quotation marks: double quotes of every shape, and single quotes where they stand as quotes — before a
// letter after a space or the start (an opening 'furious), or after a letter or punctuation before a space,
// punctuation or the end (a closing furious' or lie.'). An apostrophe inside a word (Jones's) is neither.
const QUOTE_MARKS = /["«»“”„]|(?<=^|[\s(—–:،,-])['‘](?=\p{L})|(?<=[\p{L}.,!?؟،])['’](?=[\s.,;:!?)]|$)/gu;

export interface Quotation {
  /** The opening mark, or 0 for a quotation that began in an earlier segment. */
  start: number;
  /** After the closing mark, or the text's length for one that goes on into the next segment. */
  end: number;
  words: number;
  /** Both marks are here, or only the opening one (it runs into the next segment), or only the closing one. */
  marks: 'both' | 'opening' | 'closing';
}

const wordsIn = (text: string): number => (text.match(/[\p{L}\p{Nd}]+/gu) ?? []).length;

/**
 * A mark opens when a letter or digit follows it (Arabic often glues it to the word before: في"صراع العروش"),
 * or a space follows it and a colon or comma or nothing precedes it (قائلة:" يعد).
 */
const opens = (text: string, at: number): boolean =>
  /^[\p{L}\p{Nd}]/u.test(text.slice(at + 1, at + 2)) || (/^\s/u.test(text.slice(at + 1)) && /(?:^|[:،,])\s*$/u.test(text.slice(0, at)));

/**
 * The quotations of a text: an opening mark paired with the next closing one, an opening mark left open
 * (a quotation running into the next segment), and a closing mark left alone at the end of the text or
 * after punctuation (one begun in the previous segment). Any other lone mark ("Dragons" Den", the plural
 * possessive in "Waters' staff") is a typo or an apostrophe, not a quotation.
 */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open: number | undefined;
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const at = m.index;
    if (open === undefined && opens(text, at)) {
      open = at;
    } else if (open !== undefined && !opens(text, at)) {
      out.push({ start: open, end: at + 1, words: wordsIn(text.slice(open, at)), marks: 'both' });
      open = undefined;
    } else if (open === undefined && out.length === 0 && (/^[\s.,;:!?؟،]*$/u.test(text.slice(at + 1)) || /[.,!?؟،]$/u.test(text.slice(0, at)))) {
      out.push({ start: 0, end: at + 1, words: wordsIn(text.slice(0, at)), marks: 'closing' });
    }
  }
  if (open !== undefined) out.push({ start: open, end: text.length, words: wordsIn(text.slice(open)), marks: 'opening' });
  return out;
}

/** Three quoted words make a quotation; one or two are scare quotes or a title, which translators drop freely. */
const QUOTATION_WORDS = 3;
/** How many words may stand between a reporting cue and the quotation it introduces or follows. */
const CUE_REACH = 6;

/**
 * The direct speech of one side: quotations of three words or more that a reporting cue introduces or
 * follows (قال: "…", "…," he said), that a colon or comma opens, or that open the segment.
 * Quoted words far from any cue are a title or a name (صراع العروش, "Joint Artificial Intelligence
 * Center"), which English often writes without quotation marks.
 */
function directSpeech(qa: QaSegment, side: 'source' | 'target'): Quotation[] {
  const text = side === 'source' ? qa.segment.source : qa.segment.target;
  const near = cues(qa, side);
  return quotations(text).filter((q) => {
    if (q.words < QUOTATION_WORDS) return false;
    // A quotation that opens the segment, or that a colon or comma opens, is speech; one that only closes
    // here began in another segment, where the other language may have put its marks.
    if (q.marks === 'closing') return false;
    if (/^\s*$|[:،,]\s*$/u.test(text.slice(0, q.start))) return true;
    return near.some((c) => (c.end <= q.start && wordsIn(text.slice(c.end, q.start)) <= CUE_REACH)
      || (c.start >= q.end && wordsIn(text.slice(q.end, c.start)) <= CUE_REACH));
  });
}

export const quoteForm: QaSegmentCheck = {
  id: 'direct-quote-lost',
  label: 'Direct quote made indirect',
  description: 'One side quotes a speaker directly (quotation marks) and the other has no quotation marks at all.',
  category: 'attribution',
  defaultSeverity: 'warning',
  scope: 'segment',
  run(qa) {
    const { segment } = qa;
    if (!isTranslated(segment)) return [];
    const ar = directSpeech(qa, 'source');
    const en = directSpeech(qa, 'target');
    if (ar.length > 0 && quotations(segment.target).length === 0) {
      return [{
        message: 'The Arabic quotes the speaker directly but the English has no quotation marks: keep the direct quote, or check the wording is still the speaker\'s.',
        range: { side: 'source', start: ar[0]!.start, end: ar[0]!.end },
      }];
    }
    if (en.length > 0 && quotations(segment.source).length === 0) {
      return [{
        message: 'The English quotes directly but the Arabic has no quotation marks: check the words are really the speaker\'s own.',
        range: { side: 'target', start: en[0]!.start, end: en[0]!.end },
      }];
    }
    return [];
  },
};

export const speakerMissing: QaSegmentCheck = {
  id: 'speaker-missing',
  label: 'Speaker missing',
  description: 'A registry speaker named in the Arabic is not named in the English.',
  category: 'attribution',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }, context) {
    if (!isTranslated(segment) || context.speakers.length === 0) return [];
    const hits: QaHit[] = [];
    for (const mention of speakersInSource(segment.source, context.speakers)) {
      const { nameTarget, nameSource } = mention.speaker;
      if (nameTarget !== '' && registryNameIn(segment.target, nameTarget)) continue;
      if (transliteratedNameIn(segment.target, mention.words) !== undefined) continue;
      const english = nameTarget === '' ? '' : ` (${nameTarget})`;
      hits.push({
        message: `The Arabic names ${nameSource}${english} but the English does not: check the speaker was not dropped.`,
        range: { side: 'source', start: mention.start, end: mention.end },
      });
    }
    return hits;
  },
};
