import type { QaSegmentCheck } from '../types.js';

/** A segment to translate whose English is empty or only spaces. */
export const emptyTarget: QaSegmentCheck = {
  id: 'empty-target',
  label: 'Empty translation',
  description: 'The segment has Arabic to translate but no English.',
  category: 'completeness',
  defaultSeverity: 'error',
  scope: 'segment',
  run({ segment }) {
    if (segment.doNotTranslate || segment.source.trim() === '' || segment.target.trim() !== '') return [];
    return [{ message: 'The English is empty.' }];
  },
};
