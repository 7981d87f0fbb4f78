import type { Exporter } from '../types.js';

/**
 * The English translation with the original paragraphing: segments of one paragraph joined by a
 * space, paragraphs by a blank line. Do-not-translate lines and untranslated segments are left out
 * (counted), so the client gets only finished text; the report says how many were missing.
 */
export const txtExporter: Exporter = {
  format: 'txt',
  extension: 'txt',
  label: 'TXT',
  export(_doc, segments, _speakers, write) {
    let units = 0;
    let skipped = 0;
    let untranslated = 0;
    let paragraph: number | null = null;
    let line: string[] = [];
    let first = true;
    const flush = () => {
      if (line.length) {
        write(`${first ? '' : '\n'}${line.join(' ')}\n`);
        first = false;
      }
      line = [];
    };
    for (const s of segments) {
      if (s.paragraph !== paragraph) {
        flush();
        paragraph = s.paragraph;
      }
      if (s.doNotTranslate) {
        skipped++;
        continue;
      }
      if (s.target.trim() === '') {
        skipped++;
        if (s.source.trim() !== '') untranslated++;
        continue;
      }
      units++;
      line.push(s.target.trim());
    }
    flush();
    return { units, skipped, warnings: untranslated ? [`${untranslated} segment${untranslated === 1 ? ' has' : 's have'} no translation yet and ${untranslated === 1 ? 'is' : 'are'} missing from the text`] : [] };
  },
};
