// Stance preservation: where a person marked a stance (FAVOR or AGAINST) on the Arabic, the English must
// keep its polarity. The polarity of a text is its stance words (support +, oppose −) times −1 per strong
// negation; a side without stance words counts as +, so "did not support" against أيد is a flip, and so is
// "rejected" against قبل. A stance annotated on both sides and linked as translations must agree as well.
import type { Annotation } from '../../annotation/types.js';
import { ARABIC_WEAK_NEGATORS, ENGLISH_WEAK_NEGATORS } from '../lexicon/negation.js';
import { ARABIC_STANCE, ENGLISH_STANCE } from '../lexicon/stance.js';
import { arabicWords, englishWords, findArabic, findPhrases, isTranslated } from '../text.js';
import type { QaHit, QaSegmentCheck } from '../types.js';
import { arabicNegations, englishNegations } from './negation.js';

function sign(words: number[], negations: number): number {
  const lexical = words.reduce((a, b) => a + b, 0);
  const direction = lexical < 0 ? -1 : 1;
  return negations % 2 === 0 ? direction : -direction;
}

/**
 * The polarities a text can be read with: a weak negator ("failing to", غير) may or may not reverse a
 * clause, so the readings count from the strong negators alone to all of them. A stance is flagged only
 * when no reading of the English agrees with any reading of the Arabic ("accused Washington of failing to
 * meet its obligations" keeps بعدم الوفاء بالتزاماتها). A stance word that is also a weak negator
 * (rejected, refused) counts once, as the stance word.
 */
function polarities(words: number[], strong: number, weak: number): Set<number> {
  const out = new Set<number>();
  for (let n = strong; n <= strong + weak; n++) out.add(sign(words, n));
  return out;
}

export function arabicPolarities(text: string): Set<number> {
  const words = arabicWords(text);
  const stance = findArabic(words, ARABIC_STANCE);
  const negations = arabicNegations(text);
  const stanceAndWeak = words.filter((w) => w.readings.some((r) => ARABIC_WEAK_NEGATORS.has(r)) && stance.some((h) => h.start <= w.start && w.end <= h.end)).length;
  return polarities(stance.map((h) => h.value), negations.strong.length, Math.max(0, negations.weak - stanceAndWeak));
}

export function englishPolarities(text: string): Set<number> {
  const words = englishWords(text);
  const stance = findPhrases(words, ENGLISH_STANCE);
  const negations = englishNegations(text);
  const stanceAndWeak = words.filter((w) => ENGLISH_WEAK_NEGATORS.has(w.word) && stance.some((h) => h.start <= w.start && w.end <= h.end)).length;
  return polarities(stance.map((h) => h.value), negations.strong.length, Math.max(0, negations.weak - stanceAndWeak));
}

const STANCES = new Set(['FAVOR', 'AGAINST']);

/** The English counterpart of a source annotation: its translation-linked target span, else the whole English. */
function counterpart(stance: Annotation, annotations: readonly Annotation[], target: string): { text: string; linked?: Annotation } {
  const ids = new Set(stance.links.filter((l) => l.kind === 'translation').flatMap((l) => [l.fromId, l.toId]));
  const linked = annotations.find((a) => a.id !== stance.id && ids.has(a.id) && a.side === 'target');
  if (linked?.start != null && linked.end != null) return { text: target.slice(linked.start, linked.end), linked };
  return { text: target };
}

export const stanceFlip: QaSegmentCheck = {
  id: 'stance-flip',
  label: 'Stance reversed',
  description: 'Where a stance is annotated, the English reverses its polarity (a negation or an antonym: support ↔ oppose).',
  category: 'stance',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment, annotations }) {
    if (!isTranslated(segment)) return [];
    const hits: QaHit[] = [];
    for (const stance of annotations) {
      if (stance.layer !== 'stance' || stance.side === 'target' || stance.label === null || !STANCES.has(stance.label)) continue;
      const spanned = stance.side === 'source' && stance.start !== null && stance.end !== null;
      const arabic = spanned ? segment.source.slice(stance.start ?? 0, stance.end ?? 0) : segment.source;
      const english = counterpart(stance, annotations, segment.target);
      const range = spanned ? { side: 'source' as const, start: stance.start ?? 0, end: stance.end ?? 0 } : undefined;
      const otherLabel = english.linked?.layer === 'stance' ? english.linked.label : null;
      if (otherLabel !== null && STANCES.has(otherLabel) && otherLabel !== stance.label) {
        hits.push({ message: `The Arabic is annotated ${stance.label} and its English ${otherLabel}: one of the two is wrong.`, ...(range && { range }) });
        continue;
      }
      const englishReadings = englishPolarities(english.text);
      if ([...arabicPolarities(arabic)].some((p) => englishReadings.has(p))) continue;
      hits.push({
        message: `The ${stance.label} stance marked on the Arabic reads reversed in the English (a negation or an opposite verb): check the polarity.`,
        ...(range && { range }),
      });
    }
    return hits;
  },
};
