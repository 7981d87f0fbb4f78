// Form: the mechanical slips a reviewer should not have to find by eye. Each check looks at the English
// (and, where it says so, the Arabic) and knows the Arabic conventions that other tools misread: ؟ ، ؛ belong
// in the Arabic, an Arabic headline has no full stop, Arabic has no capitals, RLM/LRM in the Arabic are fine.
import { ARABIC_LETTER, BIDI_CONTROLS, LATIN_LETTER, isTranslated } from '../text.js';
import type { QaHit, QaSegmentCheck } from '../types.js';

const ARABIC_PUNCTUATION = /[،؛؟٪٫٬«»]/gu;

export const arabicPunctuation: QaSegmentCheck = {
  id: 'arabic-punctuation',
  label: 'Arabic punctuation in the English',
  description: 'The English contains Arabic punctuation (، ؛ ؟ ٪ « »).',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const found = [...segment.target.matchAll(ARABIC_PUNCTUATION)];
    const first = found[0];
    if (first === undefined) return [];
    const marks = [...new Set(found.map((m) => m[0]))].join(' ');
    return [{ message: `The English contains Arabic punctuation (${marks}): use , ; ? % " instead.`, range: { side: 'target', start: first.index, end: first.index + 1 } }];
  },
};

const BIDI_NAMES: Readonly<Record<string, string>> = {
  '\u200E': 'LRM', '\u200F': 'RLM', '\u061C': 'ALM', '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
};

export const bidiControls: QaSegmentCheck = {
  id: 'bidi-controls',
  label: 'Bidi control characters in the English',
  description: 'The English contains invisible direction marks (RLM, LRM, ALM, embeddings, isolates), usually pasted from the Arabic.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const found = [...segment.target.matchAll(BIDI_CONTROLS)];
    const first = found[0];
    if (first === undefined) return [];
    const names = [...new Set(found.map((m) => BIDI_NAMES[m[0]] ?? 'mark'))].join(', ');
    return [{ message: `The English contains ${found.length} invisible direction mark(s) (${names}): delete them.`, range: { side: 'target', start: first.index, end: first.index + 1 } }];
  },
};

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** How each kind of pair is out of balance: opening minus closing brackets, and odd double quotes. */
function balance(text: string): { round: number; square: number; curly: number; quotes: number } {
  return {
    round: count(text, /\(/gu) - count(text, /\)/gu),
    square: count(text, /\[/gu) - count(text, /\]/gu),
    curly: count(text, /\{/gu) - count(text, /\}/gu),
    quotes: quoteImbalance(text),
  };
}

/**
 * 1 when the double quotes do not pair up, 0 when they do. A single mark at the very start or end is a
 * quotation running over from or into a neighbouring segment (news quotes run over several sentences), so
 * it is balanced as far as this segment can tell.
 */
function quoteImbalance(text: string): number {
  const marks = [...text.matchAll(/["“”«»„]/gu)];
  if (marks.length % 2 === 0) return 0;
  if (marks.length > 1) return 1;
  const at = marks[0]!.index;
  const edge = text.slice(0, at).trim() === '' || /^[\s.,!?؟،]*$/u.test(text.slice(at + 1)) || /[.,!?؟،]$/u.test(text.slice(0, at));
  return edge ? 0 : 1;
}

export const unbalancedPairs: QaSegmentCheck = {
  id: 'unbalanced-pairs',
  label: 'Unbalanced brackets or quotes',
  description: 'The English opens a bracket or quotation it does not close (or the reverse), unlike the Arabic.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    // A quotation that runs over several segments leaves a lone mark in each, where the two languages may
    // place it differently; only an English out of balance where the Arabic is not is reported.
    const ar = balance(segment.source);
    const en = balance(segment.target);
    const odd: string[] = [];
    const unlike = (k: keyof typeof en) => en[k] !== 0 && ar[k] === 0;
    if (unlike('round')) odd.push('round brackets');
    if (unlike('square')) odd.push('square brackets');
    if (unlike('curly')) odd.push('braces');
    if (unlike('quotes')) odd.push('quotation marks');
    if (odd.length === 0) return [];
    return [{ message: `The English has unbalanced ${odd.join(' and ')} (the Arabic does not): close or remove them.` }];
  },
};

/** Words that may grammatically follow themselves ("he had had", "said that that", "what it is is"). */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'ha', 'so', 'now', 'well', 'knock', 'tut', 'boo']);

export const doubledWord: QaSegmentCheck = {
  id: 'doubled-word',
  label: 'Doubled word',
  description: 'A word is written twice in a row in the English ("the the").',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const hits: QaHit[] = [];
    for (const m of segment.target.matchAll(/(?<![\p{L}\p{Nd}'’-])([\p{L}]+)\s+\1(?![\p{L}\p{Nd}'’-])/giu)) {
      if (GRAMMATICAL_DOUBLES.has(m[1]!.toLowerCase())) continue;
      hits.push({ message: `"${m[1]}" is written twice: delete one.`, range: { side: 'target', start: m.index, end: m.index + m[0].length } });
    }
    return hits;
  },
};

export const doubleSpace: QaSegmentCheck = {
  id: 'double-space',
  label: 'Double space',
  description: 'The English has two or more spaces between words.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const m = /(?<=\S) {2,}(?=\S)/u.exec(segment.target);
    return m ? [{ message: 'The English has a double space: make it one.', range: { side: 'target', start: m.index, end: m.index + m[0].length } }] : [];
  },
};

const ARABIC_LATIN = new RegExp(`(?:${ARABIC_LETTER.source}(?=${LATIN_LETTER.source})|${LATIN_LETTER.source}(?=${ARABIC_LETTER.source}))`, 'gu');

export const missingSpace: QaSegmentCheck = {
  id: 'missing-space',
  label: 'No space between Arabic and Latin',
  description: 'An Arabic letter touches a Latin one («إلىNottingham»), in either language.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    const hits: QaHit[] = [];
    for (const side of ['source', 'target'] as const) {
      const m = ARABIC_LATIN.exec(segment[side]);
      ARABIC_LATIN.lastIndex = 0;
      if (m === null) continue;
      // In the Arabic it is worth knowing (it breaks search and the aligner's keys) but it is not the translator's to fix.
      const where = side === 'source' ? 'The Arabic' : 'The English';
      hits.push({
        ...(side === 'source' && { severity: 'info' as const }),
        message: `${where} has Arabic and Latin letters with no space between them: add one.`,
        range: { side, start: m.index, end: m.index + 2 },
      });
    }
    return hits;
  },
};

/** An English of this many words or fewer without end punctuation reads as a headline. */
const HEADLINE_WORDS = 10;
const TRAILING = /[\s"'«»“”‘’()[\]]+$/u;

export const endPunctuation: QaSegmentCheck = {
  id: 'end-punctuation',
  label: 'End punctuation differs',
  description: 'A question in one language is not one in the other, or the Arabic ends a sentence and the English does not.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const ar = segment.source.replace(TRAILING, '');
    const en = segment.target.replace(TRAILING, '');
    const arLast = ar.slice(-1);
    const enLast = en.slice(-1);
    // A question may move inside a quotation ("… gone wrong?" he said), so the other side need only have one.
    if ((arLast === '؟' || arLast === '?') && !segment.target.includes('?')) {
      return [{ message: 'The Arabic ends with a question mark and the English has none: add it.' }];
    }
    if (enLast === '?' && !/[؟?]/u.test(segment.source)) {
      return [{ message: 'The English ends with a question mark and the Arabic asks nothing: check the sentence.' }];
    }
    // An Arabic headline has no full stop, and an English one never has (even where the Arabic puts one); an
    // Arabic sentence that ends must end in English too.
    const headline = (en.match(/\S+/gu) ?? []).length <= HEADLINE_WORDS;
    if (/[.!…]/u.test(arLast) && /[\p{L}\p{Nd}]/u.test(enLast) && !headline) {
      return [{ message: `The Arabic ends with "${arLast}" and the English has no end punctuation: add it.` }];
    }
    return [];
  },
};

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*/gu;

export const latinNotCarried: QaSegmentCheck = {
  id: 'latin-not-carried',
  label: 'URL, e-mail or Latin word not carried over',
  description: 'A URL, an e-mail address or a Latin-script word in the Arabic is missing from the English.',
  category: 'form',
  defaultSeverity: 'warning',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const english = segment.target.toLowerCase();
    const hits: QaHit[] = [];
    const seen = new Set<string>();
    const links = [...segment.source.matchAll(URL_OR_EMAIL)];
    for (const m of links) {
      const token = m[0].replace(/[.,;:!?)]+$/u, '');
      if (english.includes(token.toLowerCase()) || seen.has(token)) continue;
      seen.add(token);
      hits.push({ severity: 'error', message: `${token} is not in the English: copy it exactly.`, range: { side: 'source', start: m.index, end: m.index + token.length } });
    }
    const inLink = (i: number) => links.some((l) => i >= l.index && i < l.index + l[0].length);
    for (const m of segment.source.matchAll(LATIN_TOKEN)) {
      const token = m[0];
      if (inLink(m.index) || token.length < 2 || seen.has(token)) continue;
      if (new RegExp(`(?<![a-z0-9])${token.toLowerCase().replace(/[.]/gu, '\\.')}(?![a-z0-9])`, 'u').test(english)) continue;
      seen.add(token);
      hits.push({ message: `The Latin word "${token}" in the Arabic is not in the English: check it was carried over.`, range: { side: 'source', start: m.index, end: m.index + token.length } });
    }
    return hits;
  },
};

/** {1} {name} {{x}} %s %1$s %d <x/> <g id="1"> </g> ${x}. */
const PLACEHOLDER = /\{\{?[\w.-]*\}\}?|%(?:\d+\$)?[sdif@]|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>|\$\{\w+\}/gu;

export const placeholders: QaSegmentCheck = {
  id: 'placeholders',
  label: 'Placeholder lost or reordered',
  description: 'An inline placeholder or tag ({1}, %s, <x/>) is missing from the English, added to it, or (for positional %s) reordered.',
  category: 'form',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    if (!isTranslated(segment)) return [];
    const ar = [...segment.source.matchAll(PLACEHOLDER)].map((m) => m[0]);
    const en = [...segment.target.matchAll(PLACEHOLDER)].map((m) => m[0]);
    if (ar.length === 0 && en.length === 0) return [];
    const left = [...en];
    const missing = ar.filter((p) => {
      const i = left.indexOf(p);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
    const hits: QaHit[] = [];
    if (missing.length > 0) hits.push({ message: `The English lacks the placeholder(s) ${missing.join(' ')}: copy them from the Arabic.` });
    if (left.length > 0) hits.push({ message: `The English has placeholder(s) the Arabic does not: ${left.join(' ')}.` });
    // Positional placeholders (%s, %d) are filled in order, so their order must not change.
    const positional = (list: string[]) => list.filter((p) => /^%[sdif@]$/u.test(p)).join(' ');
    if (hits.length === 0 && positional(ar) !== positional(en)) {
      hits.push({ severity: 'warning', message: 'The positional placeholders (%s, %d) are in a different order in the English: they are filled in order.' });
    }
    return hits;
  },
};
