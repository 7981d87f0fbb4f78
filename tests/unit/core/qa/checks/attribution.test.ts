import { describe, expect, it } from 'vitest';
import { quotations, quoteForm, reportingVerb, speakerMissing } from '../../../../../src/core/qa/checks/attribution.js';
import type { QaContext } from '../../../../../src/core/qa/index.js';
import { annotation, EMPTY_CONTEXT, hitsOf, qaSegment } from '../qa-fixtures.js';
import { speakerSpelling } from '../../../../../src/core/qa/checks/terms.js';

describe('reporting-verb', () => {
  it.each([
    // common faithful renderings are quiet
    ['أكد الوزير أن الاتفاق صامد', 'The minister said the deal holds', 0],
    ['وأكد الوزير أن الاتفاق صامد', 'The minister stressed the deal holds', 0],
    ['أضاف المتحدث أن', 'The spokesman added that', 0],
    ['أضاف المتحدث أن', 'The spokesman said that', 0],
    ['أوضح الوزير أن', 'The minister explained that', 0],
    ['قالت الهيئة إن', 'the agency said', 0],
    ['نفت الوزارة أن تكون', 'The ministry denied that', 0],
    ['ونفى كالزاديلا أيضا', 'Calzadilla also denied', 0],
    ['زعمت الصحيفة أن', 'The newspaper claimed that', 0],
    ['حذر الخبراء من', 'Experts warned of', 0],
    ['دعا الأمين العام إلى وقف إطلاق النار', 'The secretary-general called for a ceasefire', 0],
    ['وطالبت المعارضة بإجراء تحقيق', 'The opposition demanded an inquiry', 0],
    ['اتهمه النقاد بالغضب', 'He was accused by critics of anger', 0],
    ['وقال إنه لم يفعل ذلك', 'He denied doing it', 0], // a negated "said" may become "denied"
    // nouns are not reporting cues
    ['تحقيق في هذه الاتهامات', 'an investigation of the charges', 0],
    ['طالبة لجوء', 'an asylum-seeker', 0],
    ['سياسة تمنع اللجوء', 'a policy that denies asylum', 0],
    // weakened
    ['نفت الوزارة أن تكون', 'The ministry said that it was', 1],
    ['ونفت الوزارة ذلك', 'The ministry said so', 1],
    ['زعم المتحدث أن', 'The spokesman said that', 1],
    ['حذر الخبراء من', 'Experts said', 1],
    ['دعا الأمين العام إلى وقف إطلاق النار', 'The secretary-general mentioned a ceasefire', 1],
    // strengthened
    ['قال المتحدث إن', 'The spokesman claimed that', 1],
    ['قالت الوزارة إن', 'The ministry denied that', 1],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(reportingVerb, source, target)).toHaveLength(n);
  });

  it('trusts the cue annotations over the lexicon', () => {
    const source = 'أعلن الوزير أن';
    // a person labelled أعلن as a denial: "said" no longer renders it
    const cue = annotation({ layer: 'cue', side: 'source', start: 0, end: 4, label: 'deny' });
    expect(reportingVerb.run(qaSegment(source, 'The minister said', { annotations: [cue] }), EMPTY_CONTEXT)).toHaveLength(1);
    expect(reportingVerb.run(qaSegment(source, 'The minister denied', { annotations: [cue] }), EMPTY_CONTEXT)).toEqual([]);
    expect(reportingVerb.run(qaSegment(source, 'The minister said'), EMPTY_CONTEXT)).toEqual([]);
  });
});

describe('direct-quote-lost', () => {
  it.each([
    ['قال: "سنواصل العمل حتى النهاية"', '"We will keep working to the end," he said.', 0],
    ['قال: «سنواصل العمل حتى النهاية»', '“We will keep working to the end,” he said.', 0],
    ['قال: "سنواصل العمل حتى النهاية"', 'He said they would keep working to the end.', 1],
    ['"سنواصل العمل حتى النهاية"، قال الوزير', 'The minister said they would keep working to the end.', 1],
    ['قال الوزير إنهم سيواصلون العمل', '"We will keep working," the minister said.', 1],
    // scare quotes and titles are not speech
    ['وذكرت المصادر أن جونز كان "غاضبا"', 'Sources say Jones was furious', 0],
    ['يعرف بدوره في مسلسل "صراع العروش الطويل"', 'He is known for his role in Game of Thrones', 0],
    ["غادر بيتر جونز غاضبا", "Peter Jones left 'furious' after the deal", 0],
    // a quotation closing here began in an earlier segment
    ['يجب أن يكون هادئا ومتزنا".', 'They must be calm and serene."', 0],
    ['لأن شيئا ما صار خطأ للشباب.', "Because clearly something has gone wrong for young men.'", 0],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(quoteForm, source, target)).toHaveLength(n);
  });

  it('tells quotation marks from apostrophes and typos', () => {
    expect(quotations("Waters' reaction to the Democrats' criticism")).toEqual([]);
    expect(quotations('Holly Willoughby has left Dragons" Den star')).toEqual([]);
    expect(quotations("left 'furious' after").map((q) => q.words)).toEqual([1]);
    expect(quotations('قال:" يعد هذا الادعاء زائفا".').map((q) => q.marks)).toEqual(['both']);
    expect(quotations('A source said: "Truly was by far the top').map((q) => q.marks)).toEqual(['opening']);
  });
});

describe('speaker-missing', () => {
  const context: QaContext = { speakers: [{ nameSource: 'جون كيربي', nameTarget: 'John Kirby' }, { nameSource: 'سوتوبو', nameTarget: '' }], terms: [] };
  it.each([
    ['قال جون كيربي إن', 'John Kirby said', 0],
    ['قال جون كيربي إن', 'Kirby said', 0], // a partial name is fine
    ['وقال كيربي إن', 'Kirby said', 0], // the surname alone in the Arabic
    ['قال جون كيربي إن', 'Kerby said', 0], // transliteration: spelt otherwise, but named (the spelling check reports it)
    ['وقال سوتوبو', 'Sutopo said', 0], // no registry English: the skeleton decides
    ['قال جون كيربي إن', 'The spokesman said', 1],
    ['وقال سوتوبو', 'The spokesman said', 1],
    ['قال الوزير', 'The minister said', 0],
  ])('%s → %s gives %i', (source, target, n) => {
    expect(hitsOf(speakerMissing, source, target, context)).toHaveLength(n);
  });

  // Only a person is named by the last word alone: الأمريكية in "the US State Department" is not the
  // United States, and "Mark" (mrk, like الأمريكية) is not a misspelling of it.
  const states: QaContext = { speakers: [{ nameSource: 'الولايات المتحدة الأمريكية', nameTarget: 'United States', kind: 'government-body' }], terms: [] };
  it.each([
    ['قال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر', 'US State Department spokesman Mark Toner said', 0],
    ['أعلنت الولايات المتحدة الأمريكية', 'The United States announced', 0],
    ['أعلنت الولايات المتحدة الأمريكية', 'Washington announced', 1],
  ])('an organisation: %s → %s gives %i', (source, target, n) => {
    expect(hitsOf(speakerMissing, source, target, states)).toHaveLength(n);
    expect(hitsOf(speakerSpelling, source, target, states)).toHaveLength(0);
  });
});
