// Where in the English is the counterpart of an Arabic span? Three cheap, explainable cues:
//   registry         a registry speaker whose Arabic name matches the span: its English name
//                    (else its last word, the surname) in the English text
//   digits           numbers of the span (Arabic-Indic digits folded: ٢٠١٦ = 2016, ٣٫٥ = 3.5,
//                    2,000 = 2000) found as whole numbers in the English
//   transliteration  capitalised English words whose consonant skeleton matches a word of the span
//                    (كيربي ~ Kirby, موسكو ~ Moscow; see ../align/skeleton.ts), adjacent matches
//                    joined into one range ("John Kirby")
// Suggestions come best cue first (registry, digits, transliteration), then in text order; a range
// found by two cues, or inside a range already suggested, is listed once, under the better cue.
import { arabicSkeletonVariants, latinSkeleton } from '../align/skeleton.js';
import { NO_FOLDS, foldForMatch, foldWithMap } from '../text/normalize/index.js';
import type { Span } from '../align/edit/spans.js';

export type SuggestionReason = 'registry' | 'digits' | 'transliteration';

export interface CounterpartSuggestion extends Span {
  reason: SuggestionReason;
}

export interface SpeakerNames {
  nameSource: string;
  nameTarget: string;
}

const REASON_ORDER: readonly SuggestionReason[] = ['registry', 'digits', 'transliteration'];

/** Words of folded text: letters and digits (with the combining marks foldForMatch keeps). */
function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
}

/** True when `inner` occurs in `outer` as a run of whole words. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/**
 * The registry's Arabic name matches the span when one contains the other as whole words (the span
 * "المتحدث جون كيربي" names جون كيربي; the span "كيربي" is part of it). A span part must be at least
 * three letters, so a stray particle does not pick a speaker.
 */
function namesMatch(span: readonly string[], name: readonly string[]): boolean {
  if (containsWords(span, name)) return true;
  return span.join('').length >= 3 && containsWords(name, span);
}

const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

/** Occurrences of `needle` in `text` at word boundaries, compared folded (case, Arabic letter forms). */
function findWord(text: string, needle: string): Span[] {
  const folded = foldWithMap(text);
  const key = foldForMatch(needle.trim());
  if (key === '') return [];
  const out: Span[] = [];
  for (let at = folded.text.indexOf(key); at !== -1; at = folded.text.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (isWordChar(folded.text[at - 1]) || isWordChar(folded.text[end])) continue;
    out.push(folded.toOriginalRange(at, end));
  }
  return out;
}

function byRegistry(spanText: string, targetText: string, speakers: readonly SpeakerNames[]): Span[] {
  const span = words(foldForMatch(spanText));
  const out: Span[] = [];
  for (const s of speakers) {
    if (s.nameTarget.trim() === '' || !namesMatch(span, words(foldForMatch(s.nameSource)))) continue;
    const full = findWord(targetText, s.nameTarget);
    // The English often names a person by surname alone after the first mention.
    const last = s.nameTarget.trim().split(/\s+/u).at(-1) ?? '';
    const short = last.length >= 3 && last !== s.nameTarget.trim() ? findWord(targetText, last) : [];
    const found = [...full, ...short.filter((x) => !full.some((f) => contains(f, x)))];
    out.push(...found);
  }
  return out;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** A number's value as text: thousands separators dropped ("2,000" = "2000"); a decimal point kept. */
function numberKey(token: string): string {
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token) ? token.replace(/,/g, '') : token;
}

function byDigits(spanText: string, targetText: string): Span[] {
  const keys = new Set([...foldForMatch(spanText, { ...NO_FOLDS, digits: true }).matchAll(NUMBER)].map((m) => numberKey(m[0])));
  if (keys.size === 0) return [];
  // The digit fold maps one code unit to one, so offsets into the folded English are offsets into the English.
  const target = foldForMatch(targetText, { ...NO_FOLDS, digits: true });
  const out: Span[] = [];
  for (const m of target.matchAll(NUMBER)) {
    if (keys.has(numberKey(m[0])) && !/\p{L}/u.test(target[m.index + m[0].length] ?? '')) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Capitalised words (Kirby, McDonald's, Al-Assad) with their ranges. */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

function byTransliteration(spanText: string, targetText: string): Span[] {
  const skeletons = new Set(words(foldForMatch(spanText)).flatMap((w) => arabicSkeletonVariants(w)));
  if (skeletons.size === 0) return [];
  const matched: Span[] = [];
  for (const m of targetText.matchAll(CAPITALISED)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (skeletons.has(latinSkeleton(word))) matched.push({ start: m.index, end: m.index + word.length });
  }
  // "John Kirby": matches separated only by spaces read as one name.
  const joined: Span[] = [];
  for (const span of matched) {
    const last = joined[joined.length - 1];
    if (last && /^[ \u00a0]+$/u.test(targetText.slice(last.end, span.start))) last.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}

/**
 * Candidate ranges in `targetText` (English) for the counterpart of an Arabic span's text. Offsets
 * are UTF-16 code units into `targetText`, end exclusive.
 */
export function suggestCounterparts(sourceSpanText: string, targetText: string, speakers: readonly SpeakerNames[]): CounterpartSuggestion[] {
  const found: Record<SuggestionReason, Span[]> = {
    registry: byRegistry(sourceSpanText, targetText, speakers),
    digits: byDigits(sourceSpanText, targetText),
    transliteration: byTransliteration(sourceSpanText, targetText),
  };
  const out: CounterpartSuggestion[] = [];
  for (const reason of REASON_ORDER) {
    for (const span of [...found[reason]].sort((a, b) => a.start - b.start || a.end - b.end)) {
      // A range inside one already suggested adds nothing ("Lavrov" inside "Sergei Lavrov").
      if (out.some((o) => contains(o, span))) continue;
      out.push({ start: span.start, end: span.end, reason });
    }
  }
  return out;
}
