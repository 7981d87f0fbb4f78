import { describe, expect, it } from 'vitest';
import { arabicSkeleton, arabicSkeletonVariants, latinSkeleton } from '../../../../src/core/align/index';
import { foldForMatch } from '../../../../src/core/text/normalize/index';

describe('consonant skeletons', () => {
  const same: [string, string][] = [
    ['كيربي', 'Kirby'], ['حلب', 'Aleppo'], ['جونز', 'Jones'], ['بيتر', 'Peter'], ['ويلوبي', 'Willoughby'],
    ['مارلو', 'Marlow'], ['إنستغرام', 'Instagram'], ['جوينيث', 'Gwyneth'], ['ترامب', 'Trump'], ['فيسبوك', 'Facebook'],
    ['تشارلز', 'Charles'],
  ];
  it.each(same)('%s ~ %s', (ar, en) => {
    expect(arabicSkeleton(foldForMatch(ar))).toBe(latinSkeleton(en));
  });

  const different: [string, string][] = [['كيربي', 'Jones'], ['حلب', 'Kirby'], ['بيتر', 'Trump']];
  it.each(different)('%s ≁ %s', (ar, en) => {
    expect(arabicSkeleton(foldForMatch(ar))).not.toBe(latinSkeleton(en));
  });

  const clitics: [string, string][] = [['لجوينيث', 'Gwyneth'], ['وكيربي', 'Kirby'], ['بحلب', 'Aleppo'], ['والموصل', 'Mosul']];
  it.each(clitics)('%s (with a clitic) offers the skeleton of %s', (ar, en) => {
    expect(arabicSkeletonVariants(foldForMatch(ar))).toContain(latinSkeleton(en));
  });
});
