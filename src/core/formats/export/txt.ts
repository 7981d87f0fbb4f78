// TXT export: the English translation with the original paragraphing. Consecutive segments of one
// paragraph are joined with a space (each target trimmed), paragraphs are separated by a blank line,
// the file ends with a newline (LF line ends).
// Left out, counted in report.skipped: do-not-translate segments (not part of the translation), and
// untranslated segments (blank target). Untranslated ones are also named in a warning; no marker is
// written into the text, so what the client receives is only finished English — the warning (shown
// in the export report) is where the gap is reported. A paragraph with nothing translated is omitted.
// Text is written exactly (no characters removed).
import type { Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO } from '../types.js';
import { isBlank } from './text.js';

export const txtExporter: Exporter = {
  format: 'txt',
  extension: EXPORT_FORMAT_INFO.txt.extension,
  label: EXPORT_FORMAT_INFO.txt.label,
  options: EXPORT_FORMAT_INFO.txt.options,
  async export(_doc, segments, _speakers, write) {
    let units = 0;
    let skipped = 0;
    let untranslated = 0;
    let paragraph: number | null = null;
    let parts: string[] = [];
    let first = true;
    const flush = () => {
      if (parts.length > 0) {
        write(`${first ? '' : '\n'}${parts.join(' ')}\n`);
        first = false;
      }
      parts = [];
    };
    for await (const s of segments) {
      if (s.paragraph !== paragraph) {
        flush();
        paragraph = s.paragraph;
      }
      if (s.doNotTranslate) {
        skipped++;
        continue;
      }
      if (isBlank(s.target)) {
        skipped++;
        if (!isBlank(s.source)) untranslated++;
        continue;
      }
      units++;
      parts.push(s.target.trim());
    }
    flush();
    const warnings = untranslated
      ? [`${untranslated} segment${untranslated === 1 ? ' has' : 's have'} no translation yet and ${untranslated === 1 ? 'is' : 'are'} missing from the text`]
      : [];
    return { units, skipped, warnings };
  },
};
