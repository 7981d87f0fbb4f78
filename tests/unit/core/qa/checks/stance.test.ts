import { describe, expect, it } from 'vitest';
import { stanceFlip } from '../../../../../src/core/qa/checks/stance.js';
import { toAnnotationId } from '../../../../../src/core/ids.js';
import { annotation, EMPTY_CONTEXT, qaSegment } from '../qa-fixtures.js';

import type { Annotation } from '../../../../../src/core/annotation/types.js';

const run = (source: string, target: string, annotations: Annotation[]) =>
  stanceFlip.run(qaSegment(source, target, { annotations }), EMPTY_CONTEXT);

describe('stance-flip', () => {
  const favour = () => [annotation({ layer: 'stance', side: 'segment', label: 'FAVOR' })];
  it.each([
    ['أيد البرلمان القانون', 'Parliament supported the law', 0],
    ['أيد البرلمان القانون', 'Parliament backed the law', 0],
    ['أيد البرلمان القانون', 'Parliament opposed the law', 1],
    ['أيد البرلمان القانون', 'Parliament did not support the law', 1],
    ['رحبت الحكومة بالقرار', 'The government welcomed the decision', 0],
    ['رحبت الحكومة بالقرار', 'The government condemned the decision', 1],
    ['لم يرفض الوزير الخطة', 'The minister did not reject the plan', 0],
    ['لم يرفض الوزير الخطة', 'The minister rejected the plan', 1],
  ])('FAVOR on %s → %s gives %i', (source, target, n) => {
    expect(run(source, target, favour())).toHaveLength(n);
  });

  // A weak negator may or may not reverse: "failing to" renders بعدم, so the sample's own translation
  // (AGAINST on the whole segment) is no flip; a dropped negation still is.
  it.each([
    ['واتهمت الخارجية الروسية واشنطن "بعدم الوفاء بالتزاماتها حسب الاتفاقات حول سوريا"', 'The Russian Foreign Ministry accused Washington of “failing to meet its obligations under the agreements on Syria”', 0],
    ['واتهمت الخارجية الروسية واشنطن "بعدم الوفاء بالتزاماتها"', 'The Russian Foreign Ministry accused Washington of “not meeting its obligations”', 0],
    ['رفضت الحكومة الخطة', 'The government did not reject the plan', 1],
  ])('AGAINST on %s → %s gives %i', (source, target, n) => {
    expect(run(source, target, [annotation({ layer: 'stance', side: 'segment', label: 'AGAINST' })])).toHaveLength(n);
  });

  it('is silent without a stance annotation, or with a NONE stance', () => {
    expect(run('أيد البرلمان القانون', 'Parliament opposed the law', [])).toEqual([]);
    expect(run('أيد البرلمان القانون', 'Parliament opposed the law', [annotation({ layer: 'stance', side: 'segment', label: 'NONE' })])).toEqual([]);
  });

  it('reads the span and its translation-linked English span', () => {
    const source = 'قال الوزير إنه يؤيد الخطة لكنه يرفض الضرائب';
    const target = 'The minister said he supports the plan but rejects the taxes';
    const arabic = annotation({ layer: 'stance', side: 'source', start: 15, end: 25, label: 'FAVOR' });
    const english = annotation({ layer: 'stance', side: 'target', start: 19, end: 39, label: null });
    arabic.links = [{ fromId: arabic.id, toId: english.id, kind: 'translation' }];
    expect(run(source, target, [arabic, english])).toEqual([]);
    const flipped = 'The minister said he opposes the plan but accepts the taxes';
    expect(run(source, flipped, [arabic, { ...english, end: 37 }])).toHaveLength(1);
  });

  it('reports linked stances whose labels disagree', () => {
    const arabic = annotation({ layer: 'stance', side: 'source', start: 0, end: 3, label: 'FAVOR' });
    const english = annotation({ layer: 'stance', side: 'target', start: 0, end: 10, label: 'AGAINST' });
    arabic.links = [{ fromId: arabic.id, toId: toAnnotationId(english.id), kind: 'translation' }];
    const [hit] = run('أيد البرلمان', 'Parliament supported', [arabic, english]);
    expect(hit?.message).toContain('AGAINST');
  });
});
