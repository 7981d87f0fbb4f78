import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewTextFile } from '../../../src/services/file-preview.js';
import { tempDirPerTest } from '../helpers/temp-dir.js';

describe('previewTextFile: where the import will cut sentences', () => {
  const tmp = tempDirPerTest();

  it('gives, per preview line, the offset of every sentence after the first', () => {
    const first = 'قال الوزير إن المحادثات ستستأنف. وأضاف أن الوفد سيصل غدا؟ ولم يذكر تفاصيل.';
    writeFileSync(tmp.path('a.txt'), `${first}\n\nسطر واحد بلا نقطة\n`);
    const preview = previewTextFile(null, tmp.path('a.txt'), 'auto');
    expect(preview.lines).toEqual([first, 'سطر واحد بلا نقطة']);
    const starts = preview.cuts[0]!;
    expect(starts.map((at) => first.slice(at, at + 5))).toEqual(['وأضاف', 'ولم ي']);
    expect(preview.cuts[1]).toEqual([]);
    // The marks and the sentence count come from the same rules.
    expect(preview.sentences).toBe(starts.length + 1 + 1);
  });
});
