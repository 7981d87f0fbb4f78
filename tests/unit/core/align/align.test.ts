import { describe, expect, it } from 'vitest';
import { alignSentences, LOW_CONFIDENCE, type AlignSentence, type Bead } from '../../../../src/core/align/index';
import { generatedDoc, PAIRS, sentences } from './fixtures';

const AR = PAIRS.map((p) => p[0]);
const EN = PAIRS.map((p) => p[1]);
const shape = (beads: Bead[]): string[] => beads.map((b) => `${b.source.join(',')}-${b.target.join(',')}`);
const oneToOne = (n: number, from = 0, offsetT = 0): string[] => Array.from({ length: n }, (_, k) => `${from + k}-${from + k + offsetT}`);

describe('alignSentences: bead shapes', () => {
  const cases: { name: string; source: string[]; target: string[]; expected: string[] }[] = [
    { name: 'identical-length 1:1', source: AR, target: EN, expected: oneToOne(12) },
    {
      name: '2:1 (two Arabic sentences, one English)',
      source: AR,
      target: [...EN.slice(0, 3), `${EN[3]} ${EN[4]}`, ...EN.slice(5)],
      expected: ['0-0', '1-1', '2-2', '3,4-3', '5-4', '6-5', '7-6', '8-7', '9-8', '10-9', '11-10'],
    },
    {
      name: '1:2 (one Arabic sentence, two English)',
      source: [...AR.slice(0, 6), `${AR[6]!.slice(0, -1)}، ${AR[7]}`, ...AR.slice(8)],
      target: EN,
      expected: ['0-0', '1-1', '2-2', '3-3', '4-4', '5-5', '6-6,7', '7-8', '8-9', '9-10', '10-11'],
    },
    {
      name: '1:0 (a source sentence left untranslated)',
      source: AR,
      target: EN.filter((_, k) => k !== 6),
      expected: ['0-0', '1-1', '2-2', '3-3', '4-4', '5-5', '6-', '7-6', '8-7', '9-8', '10-9', '11-10'],
    },
    {
      name: '0:1 (a target sentence without source)',
      source: AR.filter((_, k) => k !== 8),
      target: EN,
      expected: ['0-0', '1-1', '2-2', '3-3', '4-4', '5-5', '6-6', '7-7', '-8', '8-9', '9-10', '10-11'],
    },
  ];
  it.each(cases)('$name', ({ source, target, expected }) => {
    expect(shape(alignSentences(sentences(source), sentences(target)))).toEqual(expected);
  });
});

describe('alignSentences: keys decide where lengths cannot', () => {
  // Three source sentences of about the same length; the target lacks one of them. Only the name
  // (كيربي ~ Kirby) and the year (٢٠١٦ = 2016) tell which one is missing.
  const src = [
    'قال كيربي إن الاجتماع مهم جدا للجميع وإن الوفود ستناقش كل الملفات المطروحة على الطاولة خلال الأيام المقبلة.',
    'وقع الاتفاق في عام ٢٠١٦ بعد مفاوضات طويلة وشاقة استمرت شهورا بين الأطراف المعنية في العاصمة.',
    'وأكد المسؤولون أن العمل سيستمر كما هو مخطط له وأن الجدول الزمني لن يتغير في المرحلة القادمة.',
  ];
  const tgt = [
    'Kirby said the meeting is very important to all and that delegations will discuss every file on the table in the coming days.',
    'The agreement was signed in 2016 after long and hard negotiations that lasted months between the parties in the capital.',
    'Officials stressed that the work would continue as planned and that the timetable would not change in the next phase.',
  ];
  // Inside a longer text, as in real documents (in a three-sentence text, the missing third skews the
  // length ratio so much that a merge fits as well as an omission).
  const cases = [
    { name: 'the name sentence is missing', target: [tgt[1]!, tgt[2]!], expected: ['12-', '13-12', '14-13'] },
    { name: 'the year sentence is missing', target: [tgt[0]!, tgt[2]!], expected: ['12-12', '13-', '14-13'] },
  ];
  it.each(cases)('$name', ({ target, expected }) => {
    const beads = shape(alignSentences(sentences([...AR, ...src]), sentences([...EN, ...target])));
    expect(beads).toEqual([...oneToOne(12), ...expected]);
  });
});

describe('alignSentences: a missing paragraph', () => {
  const { ar, en } = generatedDoc(40);
  const cut = (list: AlignSentence[]): AlignSentence[] => [...list.slice(0, 16), ...list.slice(24)]; // paragraphs 4 and 5
  const cases = [
    { name: 'missing on the source side', source: cut(ar), target: en, side: 'target' as const },
    { name: 'missing on the target side', source: ar, target: cut(en), side: 'source' as const },
  ];
  it.each(cases)('$name: 8 null beads, and the rest aligned 1:1 after the gap', ({ source, target, side }) => {
    for (const withParagraphs of [false, true]) {
      const strip = (l: AlignSentence[]): AlignSentence[] => (withParagraphs ? l : l.map((s) => ({ text: s.text })));
      const beads = alignSentences(strip(source), strip(target));
      const nulls = beads.filter((b) => b.source.length === 0 || b.target.length === 0);
      expect(nulls.map((b) => b[side][0])).toEqual([16, 17, 18, 19, 20, 21, 22, 23]);
      const after = beads.filter((b) => b.source.length > 0 && b.target.length > 0 && (b.source[0]! >= 16 || b.target[0]! >= 16));
      expect(after).toHaveLength(16);
      for (const b of after) {
        expect(b.source).toHaveLength(1);
        expect(b.target).toHaveLength(1);
        expect(side === 'target' ? b.target[0]! - b.source[0]! : b.source[0]! - b.target[0]!).toBe(8);
      }
      expect(nulls.every((b) => b.score < LOW_CONFIDENCE)).toBe(true);
    }
  });
});

describe('alignSentences: empty inputs', () => {
  const cases = [
    { name: 'both sides empty', source: [], target: [], expected: [] },
    { name: 'no target', source: ['أ.', 'ب.'], target: [], expected: ['0-', '1-'] },
    { name: 'no source', source: [], target: ['A.', 'B.', 'C.'], expected: ['-0', '-1', '-2'] },
  ];
  it.each(cases)('$name', ({ source, target, expected }) => {
    const beads = alignSentences(sentences(source), sentences(target));
    expect(shape(beads)).toEqual(expected);
    for (const b of beads) expect(b.score).toBeLessThan(LOW_CONFIDENCE);
  });
});

describe('alignSentences: invariants on random inputs', () => {
  function rng(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  }
  const word = (r: () => number, arabic: boolean): string => {
    const letters = arabic ? 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي' : 'abcdefghijklmnopqrstuvwxyz';
    let w = '';
    for (let k = 0, len = 2 + Math.floor(r() * 7); k < len; k++) w += letters[Math.floor(r() * letters.length)];
    return r() < 0.1 ? String(Math.floor(r() * 3000)) : w;
  };
  const sentence = (r: () => number, arabic: boolean): AlignSentence => ({
    text: Array.from({ length: 1 + Math.floor(r() * 25) }, () => word(r, arabic)).join(' ') + (r() < 0.1 ? '?' : '.'),
    paragraph: Math.floor(r() * 3),
  });
  it.each(Array.from({ length: 25 }, (_, k) => k))('seed %i: every sentence once, in order, scores in [0, 1]', (seed) => {
    const r = rng(seed + 1);
    const n = Math.floor(r() * 60);
    const m = Math.floor(r() * 60);
    const source = Array.from({ length: n }, () => sentence(r, true)).map((s, k) => ({ ...s, paragraph: seed % 2 ? Math.floor(k / 5) : undefined }));
    const target = Array.from({ length: m }, () => sentence(r, false)).map((s, k) => ({ ...s, paragraph: seed % 2 ? Math.floor(k / 5) : undefined }));
    const beads = alignSentences(source, target);
    expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, k) => k));
    expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, k) => k));
    for (const b of beads) {
      expect(b.source.length + b.target.length).toBeGreaterThan(0);
      expect(b.source.length).toBeLessThanOrEqual(3);
      expect(b.target.length).toBeLessThanOrEqual(3);
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
  });

  it('stays correct when the band must widen (a long run missing near the start)', () => {
    const { ar, en } = generatedDoc(200);
    const source = ar.slice(60).map((s) => ({ text: s.text }));
    const target = en.map((s) => ({ text: s.text }));
    const beads = alignSentences(source, target, { bandWidth: 4, bandMargin: 2, anchors: false });
    expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: 200 }, (_, k) => k));
    const paired = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
    expect(paired.filter((b) => b.target[0]! - b.source[0]! === 60).length).toBeGreaterThanOrEqual(135);
  });
});

describe('alignSentences: options', () => {
  it('a glossary entry links sentences no other key links', () => {
    const src = [
      'وافق البرلمان بأغلبية كبيرة على القانون الجديد بعد نقاش استمر طوال الليل بين الكتل المختلفة.',
      'ورفض مجلس الشيوخ الاقتراح بأغلبية كبيرة بعد نقاش استمر طوال الليل بين الكتل المختلفة.',
      'وانتهت الجلسة في وقت متأخر من المساء دون أن يتفق الأعضاء على موعد الاجتماع التالي.',
    ];
    const tgt = [
      'The Senate rejected the proposal by a large majority after a debate that lasted all night between the blocs.',
      'The session ended late in the evening without members agreeing on the date of the next meeting.',
    ];
    const glossary = [{ source: 'مجلس الشيوخ', target: 'Senate' }, { source: 'البرلمان', target: 'Parliament' }];
    const beads = shape(alignSentences(sentences([...AR, ...src]), sentences([...EN, ...tgt]), { glossary }));
    expect(beads).toEqual([...oneToOne(12), '12-', '13-12', '14-13']);
    // Without it the lengths alone pick the wrong sentence to leave out.
    const plain = shape(alignSentences(sentences([...AR, ...src]), sentences([...EN, ...tgt])));
    expect(plain).not.toEqual(beads);
  });

  it('lengthOnly gives a plain length-based alignment', () => {
    expect(shape(alignSentences(sentences(AR), sentences(EN), { lengthOnly: true }))).toEqual(oneToOne(12));
  });
});
