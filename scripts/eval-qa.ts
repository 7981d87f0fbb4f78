// npm run eval:qa [-- --corpus DIR] [--samples N] [--design dev01,dev02,dev03]
// How well the QA checks (src/core/qa) find realistic translation errors, and how quiet they stay on clean
// human translation. From every gold bead of the corpus (Arabic sentence(s) ↔ English sentence(s)) the
// clean English is kept, and for each error type the English is damaged once, where the type applies:
// a reporting verb weakened or strengthened, a negation dropped or added, a number changed or dropped, a
// clause dropped, a quote made indirect, a speaker dropped, Arabic punctuation, bidi marks, a doubled word,
// a missing space, an unbalanced quote, a forbidden glossary term... The injection rules below are written
// apart from the checks (their own word lists and patterns), so the checks are not graded by themselves.
//
// Prints recall per error type on the injected set (an injection counts as found when one of the checks
// meant for it reports something on the damaged segment that it did not report on the clean one), and
// false alarms per 100 clean segments (errors and warnings, every check, document checks included), with
// the list of clean false alarms. The design documents and the held-out ones are reported apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { arabicSkeletonVariants, latinSkeleton } from '../src/core/align/skeleton';
import { toDocumentId, toSegmentId } from '../src/core/ids';
import { runQa, type QaContext, type QaFinding, type QaSegment, type QaSpeakerName, type QaTerm } from '../src/core/qa/index';
import { foldForMatch } from '../src/core/text/normalize/index';
import { CORPUS_DIR } from './lib/scale-corpus';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, samples: { type: 'string' }, design: { type: 'string' } } });
const corpus = resolve(values.corpus ?? CORPUS_DIR);
const samples = Number(values.samples ?? 0);
const design = new Set((values.design ?? 'dev01,dev02,dev03').split(','));

interface Bead {
  doc: string;
  ar: string;
  en: string;
}

function loadDocument(dir: string): Bead[] {
  const read = (name: string) => readFileSync(join(corpus, dir, name), 'utf8').split('\n');
  const ar = read('ar.sents');
  const en = read('en.sents');
  const pick = (list: string[], ids: string) => ids.split(',').filter(Boolean).map((i) => list[Number(i)] ?? '').join(' ').trim();
  return read('gold.tsv').filter(Boolean).map((line) => {
    const [a = '', e = ''] = line.split('\t');
    return { doc: dir, ar: pick(ar, a), en: pick(en, e) };
  }).filter((b) => b.ar !== '' && b.en !== '');
}

// ---------------------------------------------------------------- context: registry, glossary, dictionary

/**
 * A speaker registry as a project would have it: capitalised English names of two or three words whose every
 * word's consonant skeleton matches consecutive Arabic words of the same bead (بيتر جونز ~ Peter Jones).
 */
function buildRegistry(beads: readonly Bead[]): QaSpeakerName[] {
  const found = new Map<string, QaSpeakerName>();
  for (const b of beads) {
    const arWords = b.ar.split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, '')).filter(Boolean);
    const arSk = arWords.map((w) => new Set(arabicSkeletonVariants(foldForMatch(w), 3)));
    for (const m of b.en.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b/gu)) {
      const words = m[0].split(' ');
      const sk = words.map((w) => latinSkeleton(w));
      if (sk.some((s) => s.length < 3)) continue;
      for (let i = 0; i + words.length <= arWords.length; i++) {
        if (sk.every((s, k) => arSk[i + k]!.has(s))) {
          const nameSource = arWords.slice(i, i + words.length).join(' ').replace(/^[وف](?=\p{L}{3})/u, '');
          found.set(m[0], { nameSource, nameTarget: m[0] });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

/** A small house glossary: the English each term must use, and a variant the house style forbids. */
const GLOSSARY: QaTerm[] = [
  { sources: ['الشرطة'], targets: ['police'], forbidden: ['cops'] },
  { sources: ['الحكومة'], targets: ['government'], forbidden: ['regime'] },
  { sources: ['الأمم المتحدة'], targets: ['United Nations', 'UN', 'U.N.'], forbidden: [] },
];

// ---------------------------------------------------------------- injections (independent of the checks)

type Injection = (b: Bead, ctx: QaContext) => string | null;

const replaceFirst = (text: string, re: RegExp, by: string | ((m: string) => string)): string | null => {
  const m = re.exec(text);
  if (m === null) return null;
  const rep = typeof by === 'string' ? by : by(m[0]);
  return text.slice(0, m.index) + rep + text.slice(m.index + m[0].length);
};
const arHas = (ar: string, words: string[]): boolean => new RegExp(`(^|[\\s"«(])[وف]?(?:${words.join('|')})(?=$|[\\s.,،:"»)])`, 'u').test(ar);

/** Swaps the English verb for a plainer or stronger one, only where the Arabic has the cue. */
const verbSwaps: { ar: string[]; en: RegExp; by: string }[] = [
  { ar: ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'أنكر', 'أنكرت', 'نافيا'], en: /\b(denied|denies|deny|denying)\b/u, by: 'said' },
  { ar: ['زعم', 'زعمت', 'يزعم', 'تزعم', 'ادعى', 'ادعت', 'يدعي', 'تدعي', 'مزاعم', 'ادعاء', 'ادعاءات'], en: /\b(claimed|claims|alleged|alleges|claiming)\b/u, by: 'said' },
  { ar: ['حذر', 'حذرت', 'يحذر', 'تحذر', 'محذرا', 'تحذير'], en: /\b(warned|warns|warning)\b/u, by: 'said' },
  { ar: ['دعا', 'دعت', 'يدعو', 'تدعو', 'طالب', 'طالبت', 'يطالب', 'تطالب', 'حث', 'حثت', 'ناشد'], en: /\b(called for|urged|demanded|called on)\b/u, by: 'mentioned' },
  { ar: ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'متهما'], en: /\b(accused|accuses|accusing)\b/u, by: 'criticised' },
  { ar: ['قال', 'قالت', 'يقول', 'تقول', 'قالوا'], en: /\bsaid\b/u, by: 'claimed' },
];
const swapVerb = (swaps: typeof verbSwaps): Injection => (b) => {
  for (const s of swaps) if (arHas(b.ar, s.ar) && s.en.test(b.en)) return replaceFirst(b.en, s.en, s.by);
  return null;
};
/** نفى زعم حذر دعا اتهم rendered with a plainer verb. */
const weakenVerb = swapVerb(verbSwaps.slice(0, -1));
/** قال rendered "claimed". */
const strengthenVerb = swapVerb(verbSwaps.slice(-1));

const AR_NEG = ['لم', 'لن', 'ليس', 'ليست', 'لا', 'عدم', 'بدون', 'ما', 'غير', 'دون', 'بلا', 'لست', 'ولا', 'ولم', 'رفض', 'رفضت', 'نفى', 'نفت', 'فشل', 'إلا'];
const dropNegation: Injection = (b) => {
  if (!arHas(b.ar, ['لم', 'لن', 'ليس', 'ليست', 'لا', 'عدم', 'بدون'])) return null;
  return replaceFirst(b.en, /\b(?:not |never )|(?<=\b(?:do|does|did|is|was|are|were|has|have|had|could|would|should))n't\b|\b(?:can't|cannot|won't)\b|\bno (?!longer|doubt|one)(?=\w)/u,
    (m) => ({ "can't": 'can', cannot: 'can', "won't": 'will', 'no ': 'some ' } as Record<string, string>)[m] ?? '');
};
const addNegation: Injection = (b) => {
  if (arHas(b.ar, AR_NEG) || /\b(not|no|never|n't|without|nobody|nothing)\b/u.test(b.en)) return null;
  return replaceFirst(b.en, /\b(is|was|are|were|will|would|can|could|has|have|had|should|must) (?=[a-z])/u, (m) => `${m}not `);
};

const arabicDigits = (s: string) => s.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660));
const numbersIn = (s: string) => [...s.matchAll(/\d+(?:[.,]\d+)*/gu)].map((m) => m[0]);
const changeNumber: Injection = (b) => {
  const ar = new Set(numbersIn(arabicDigits(b.ar)));
  const n = numbersIn(b.en).find((x) => ar.has(x));
  if (n === undefined) return null;
  const last = Number(n.slice(-1));
  return replaceFirst(b.en, new RegExp(`(?<![\\d.,])${n.replace(/[.]/gu, '\\.')}(?![\\d])`, 'u'), `${n.slice(0, -1)}${(last + 3) % 10}`);
};
const dropNumber: Injection = (b) => {
  const ar = new Set(numbersIn(arabicDigits(b.ar)));
  const n = numbersIn(b.en).find((x) => ar.has(x) && x.length >= 2);
  if (n === undefined) return null;
  return replaceFirst(b.en, new RegExp(`\\s?(?<![\\d.,])${n.replace(/[.]/gu, '\\.')}(?![\\d])`, 'u'), '');
};

/** Drops a sentence (when the bead has several) or the second half of a long sentence at a clause boundary. */
const omit: Injection = (b) => {
  if (b.en.length < 80) return null;
  const sentences = b.en.split(/(?<=[.!?]["'”’]?)\s+(?=["'“‘]?[A-Z])/u);
  if (sentences.length >= 2) {
    const longest = sentences.reduce((best, s, i) => (s.length > sentences[best]!.length ? i : best), 0);
    const kept = sentences.filter((_, i) => i !== longest).join(' ');
    return kept.length < b.en.length * 0.7 ? kept : null;
  }
  const cut = [...b.en.matchAll(/,\s|\s(?:and|but|which|who|while|because|after|as)\s/gu)].map((m) => m.index).filter((i) => i > b.en.length * 0.25 && i < b.en.length * 0.6);
  const at = cut[0];
  return at === undefined ? null : `${b.en.slice(0, at)}.`;
};

/** Direct speech (three words or more between double quotes, or after/before a lone one) made indirect. */
const indirect: Injection = (b) => {
  if (!/["«»“”]/u.test(b.ar) || !/\b(?:said|says|told|added|asked|continued|wrote|tweeted|explained|stated)\b|:\s*["“]/u.test(b.en)) return null;
  const marks = (b.en.match(/["“”]/gu) ?? []).length;
  const speech = [...b.en.matchAll(/["“]([^"“”]+)["”]/gu)].some((m) => m[1]!.trim().split(/\s+/u).length >= 3)
    || (marks % 2 === 1 && (/^["“]/u.test(b.en) || /["”][.,]?$/u.test(b.en.trim())));
  if (!speech) return null;
  const out = b.en.replace(/["“”]/gu, '').replace(/(?<=^|\s)['‘](?=\w)|(?<=[.,!?])['’](?=\s|$)/gu, '').replace(/\s*:\s*(?=\w)/u, ' that ');
  return out === b.en ? null : out;
};

const dropSpeaker: Injection = (b, ctx) => {
  for (const s of ctx.speakers) {
    if (!b.en.includes(s.nameTarget) || !b.ar.includes(s.nameSource)) continue;
    const surname = s.nameTarget.split(' ').pop()!;
    return b.en.split(s.nameTarget).join('the official').replace(new RegExp(`\\b${surname}\\b`, 'gu'), 'the official');
  }
  return null;
};

const arabicPunct: Injection = (b) => replaceFirst(b.en, /, |; |\?$/u, (m) => ({ ', ': '، ', '; ': '؛ ', '?': '؟' } as Record<string, string>)[m] ?? m);
const bidi: Injection = (b) => replaceFirst(b.en, / /u, '\u200F ');
const doubled: Injection = (b) => {
  const words = [...b.en.matchAll(/\b[a-z]{3,}\b/gu)].filter((m) => !['had', 'that'].includes(m[0]));
  const m = words[Math.floor(words.length / 2)];
  return m === undefined ? null : `${b.en.slice(0, m.index)}${m[0]} ${b.en.slice(m.index)}`;
};
const missingSpace: Injection = (b) => replaceFirst(b.en, /\b(?:to|in) (?=[A-Z][a-z])/u, 'إلى');
const unbalanced: Injection = (b) => {
  const quotes = [...b.en.matchAll(/["“”]/gu)];
  if (quotes.length >= 2) {
    const last = quotes[quotes.length - 1]!;
    return b.en.slice(0, last.index) + b.en.slice(last.index + 1);
  }
  return replaceFirst(b.en, /, (?=[a-z])/u, ', (');
};
const doubleSpace: Injection = (b) => replaceFirst(b.en, /(?<=\w) (?=\w)/u, '  ');
const endStop: Injection = (b) => (/[.]$/u.test(b.ar.trim()) && /[.]$/u.test(b.en.trim()) ? b.en.trim().slice(0, -1) : null);
const forbidden: Injection = (b) => replaceFirst(b.en, /\bpolice\b|\bgovernment\b/u, (m) => (m === 'police' ? 'cops' : 'regime'));
const termMissing: Injection = (b) => (arHas(b.ar, ['الشرطة', 'للشرطة', 'بالشرطة']) ? replaceFirst(b.en, /\bpolice\b/u, 'officers') : null)
  ?? (arHas(b.ar, ['الحكومة', 'للحكومة', 'بالحكومة']) ? replaceFirst(b.en, /\bgovernment\b/u, 'administration') : null);
const untranslatedCopy: Injection = (b) => b.ar;
const misspell: Injection = (b) => replaceFirst(b.en, /\b[a-z]{7,}\b/u, (w) => `${w.slice(0, 3)}${w[4]}${w[3]}${w.slice(5)}`);

interface ErrorType {
  id: string;
  inject: Injection;
  /** The checks meant to find it. */
  checks: string[];
  group: 'attribution' | 'polarity' | 'numbers' | 'completeness' | 'form' | 'terms';
}

const TYPES: ErrorType[] = [
  { id: 'reporting-verb-weakened', inject: weakenVerb, checks: ['reporting-verb'], group: 'attribution' },
  { id: 'reporting-verb-strengthened', inject: strengthenVerb, checks: ['reporting-verb'], group: 'attribution' },
  { id: 'quote-made-indirect', inject: indirect, checks: ['direct-quote-lost'], group: 'attribution' },
  { id: 'speaker-dropped', inject: dropSpeaker, checks: ['speaker-missing'], group: 'attribution' },
  { id: 'negation-dropped', inject: dropNegation, checks: ['negation-mismatch'], group: 'polarity' },
  { id: 'negation-added', inject: addNegation, checks: ['negation-mismatch'], group: 'polarity' },
  { id: 'number-changed', inject: changeNumber, checks: ['number-mismatch'], group: 'numbers' },
  { id: 'number-dropped', inject: dropNumber, checks: ['number-mismatch'], group: 'numbers' },
  { id: 'clause-omitted', inject: omit, checks: ['omission'], group: 'completeness' },
  { id: 'source-copied', inject: untranslatedCopy, checks: ['identical-to-source', 'untranslated'], group: 'completeness' },
  { id: 'arabic-punctuation', inject: arabicPunct, checks: ['arabic-punctuation'], group: 'form' },
  { id: 'bidi-mark', inject: bidi, checks: ['bidi-controls'], group: 'form' },
  { id: 'doubled-word', inject: doubled, checks: ['doubled-word'], group: 'form' },
  { id: 'missing-space', inject: missingSpace, checks: ['missing-space'], group: 'form' },
  { id: 'unbalanced-pair', inject: unbalanced, checks: ['unbalanced-pairs'], group: 'form' },
  { id: 'double-space', inject: doubleSpace, checks: ['double-space'], group: 'form' },
  { id: 'end-stop-dropped', inject: endStop, checks: ['end-punctuation'], group: 'form' },
  { id: 'misspelling', inject: misspell, checks: ['spelling'], group: 'form' },
  { id: 'forbidden-term', inject: forbidden, checks: ['term-forbidden'], group: 'terms' },
  { id: 'term-not-used', inject: termMissing, checks: ['term-missing'], group: 'terms' },
];

// ---------------------------------------------------------------- run

const toSegment = (b: Bead, i: number, en: string): QaSegment => ({
  segment: { id: toSegmentId(i + 1), documentId: toDocumentId(1), position: i, source: b.ar, target: en, status: 'draft', doNotTranslate: false },
  annotations: [],
});
const counted = (f: QaFinding) => f.severity !== 'info';
/** Spelling is a note (info) by default; its recall counts notes. */
const countedFor = (type: ErrorType) => (f: QaFinding) => counted(f) || type.id === 'misspelling';
const key = (f: QaFinding) => `${f.check}\u0000${f.message}`;

interface Tally {
  segments: number;
  falseAlarms: { bead: Bead; finding: QaFinding }[];
  injected: Map<string, { total: number; found: number; missed: { bead: Bead; en: string }[]; examples: { bead: Bead; en: string }[] }>;
}

function evaluate(docs: readonly Bead[][], ctx: QaContext): Tally {
  const tally: Tally = { segments: 0, falseAlarms: [], injected: new Map(TYPES.map((t) => [t.id, { total: 0, found: 0, missed: [], examples: [] }])) };
  for (const beads of docs) {
    const clean = beads.map((b, i) => toSegment(b, i, b.en));
    const cleanFindings = runQa(clean, ctx).filter(counted);
    tally.segments += beads.length;
    for (const f of cleanFindings) tally.falseAlarms.push({ bead: beads[clean.findIndex((s) => s.segment.id === f.segmentId)]!, finding: f });
    beads.forEach((b, i) => {
      const allClean = runQa([clean[i]!], ctx);
      for (const type of TYPES) {
        const en = type.inject(b, ctx);
        if (en === null || en === b.en) continue;
        const t = tally.injected.get(type.id)!;
        t.total++;
        if (t.examples.length < samples) t.examples.push({ bead: b, en });
        const before = new Set(allClean.filter(countedFor(type)).map(key));
        const after = runQa([toSegment(b, i, en)], ctx, { only: type.checks }).filter(countedFor(type));
        if (after.some((f) => !before.has(key(f)))) t.found++;
        else t.missed.push({ bead: b, en });
      }
    });
  }
  return tally;
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : (a / b).toFixed(2));

function report(title: string, tally: Tally, detail: boolean): void {
  console.log(`\n== ${title}: ${tally.segments} segments`);
  let total = 0;
  let found = 0;
  const byGroup = new Map<string, { total: number; found: number }>();
  for (const type of TYPES) {
    const t = tally.injected.get(type.id)!;
    total += t.total;
    found += t.found;
    const g = byGroup.get(type.group) ?? { total: 0, found: 0 };
    g.total += t.total;
    g.found += t.found;
    byGroup.set(type.group, g);
    console.log(`  recall ${type.id.padEnd(27)} ${pct(t.found, t.total)}  (${t.found}/${t.total})`);
  }
  for (const [g, t] of byGroup) console.log(`  recall [${g}]${' '.repeat(Math.max(0, 25 - g.length))} ${pct(t.found, t.total)}  (${t.found}/${t.total})`);
  console.log(`  recall overall                    ${pct(found, total)}  (${found}/${total})`);
  const fa = tally.falseAlarms.length;
  console.log(`  false alarms per 100 clean segments: ${((100 * fa) / Math.max(1, tally.segments)).toFixed(2)}  (${fa} on ${tally.segments}; limit 2.00)`);
  if (!detail) return;
  console.log('\n  clean false alarms (errors and warnings):');
  for (const { bead, finding } of tally.falseAlarms) {
    console.log(`  - [${bead.doc}] ${finding.check} (${finding.severity}): ${finding.message}\n      AR: ${bead.ar}\n      EN: ${bead.en}`);
  }
  for (const type of TYPES) {
    const t = tally.injected.get(type.id)!;
    if (t.missed.length > 0) {
      console.log(`\n  missed ${type.id}:`);
      for (const m of t.missed.slice(0, 5)) console.log(`      AR: ${m.bead.ar}\n      EN: ${m.en}`);
    }
    for (const e of t.examples) console.log(`\n  sample ${type.id}:\n      AR: ${e.bead.ar}\n      was: ${e.bead.en}\n      now: ${e.en}`);
  }
}

const dirs = readdirSync(corpus).filter((d) => d.startsWith('dev') || /^[a-z]+\d+$/u.test(d)).sort();
const docs = dirs.map(loadDocument);
const spellChecker = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
const ctx: QaContext = { speakers: buildRegistry(docs.flat()), terms: GLOSSARY, spell: (w) => spellChecker.correct(w) };

const arLen = docs.flat().reduce((n, b) => n + foldForMatch(b.ar).replace(/\s+/gu, ' ').length, 0);
const enLen = docs.flat().reduce((n, b) => n + foldForMatch(b.en).replace(/\s+/gu, ' ').length, 0);
console.log(`corpus ${corpus}: ${dirs.length} documents, ${docs.flat().length} beads; Arabic per English character ${(arLen / enLen).toFixed(3)}; registry ${ctx.speakers.length} speakers`);

const designDocs = docs.filter((d) => d[0] !== undefined && design.has(d[0].doc));
const heldOut = docs.filter((d) => d[0] !== undefined && !design.has(d[0].doc));
report(`design (${[...design].join(', ')})`, evaluate(designDocs, ctx), false);
report('held out (the other documents)', evaluate(heldOut, ctx), false);
report('all', evaluate(docs, ctx), true);
