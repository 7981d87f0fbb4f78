// TMX 1.4b export: a translation memory other tools (OmegaT, Trados, memoQ) load.
//
// - <header>: creationtool/creationtoolversion (options.tool), datatype="plaintext", segtype="sentence",
//   adminlang="en", srclang = the document's source language (BCP 47, e.g. "ar"), o-tmf="Mizan",
//   creationdate = options.now (else the document's updatedAt); <prop type="x-document"> with the title.
// - One <tu> per segment that has a translation: tuid = the segment id (stable across exports),
//   creationdate/changedate from the segment (YYYYMMDDThhmmssZ), changeid = updatedBy.
//   <prop type="x-status"> = the Mizan status word; <prop type="x-speaker"> per speaker of the
//   segment's annotations (English name, else Arabic); <note> per comment ("author: body", replies
//   with "↳ ", resolved ones with " [resolved]"); <tuv xml:lang> source then target, each with <seg>.
// - Left out, counted in report.skipped: do-not-translate segments, segments without a translation
//   (blank target) and segments with a blank source (a TMX unit needs both sides).
// - Characters XML 1.0 forbids are removed and reported; everything else (RLM/LRM, tatweel,
//   diacritics, emoji) is written as is. Written one <tu> per chunk, so a large export streams.
import type { Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO } from '../types.js';
import { XmlEscaper, commentLine, isBlank, plural, segmentSpeakers, speakerName, tmxDate } from './text.js';

export const tmxExporter: Exporter = {
  format: 'tmx',
  extension: EXPORT_FORMAT_INFO.tmx.extension,
  label: EXPORT_FORMAT_INFO.tmx.label,
  options: EXPORT_FORMAT_INFO.tmx.options,
  async export(doc, segments, speakers, write, options) {
    const x = new XmlEscaper();
    const tool = options.tool ?? { name: 'Mizan', version: '0' };
    const src = x.attr(doc.sourceLang);
    const trg = x.attr(doc.targetLang);
    write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<tmx version="1.4">\n' +
        `  <header creationtool="${x.attr(tool.name)}" creationtoolversion="${x.attr(tool.version)}" datatype="plaintext" segtype="sentence"` +
        ` adminlang="en" srclang="${src}" o-tmf="Mizan" creationdate="${tmxDate(options.now ?? doc.updatedAt)}">\n` +
        `    <prop type="x-document">${x.text(doc.title)}</prop>\n` +
        '  </header>\n  <body>\n',
    );
    let units = 0;
    let dnt = 0;
    let untranslated = 0;
    let noSource = 0;
    for await (const s of segments) {
      if (s.doNotTranslate) {
        dnt++;
        continue;
      }
      x.segment(s.id);
      const source = x.text(s.source);
      const target = x.text(s.target);
      if (isBlank(target)) {
        untranslated++;
        continue;
      }
      if (isBlank(source)) {
        noSource++;
        continue;
      }
      units++;
      let tu = `    <tu tuid="${s.id}" creationdate="${tmxDate(s.createdAt)}" changedate="${tmxDate(s.updatedAt)}"`;
      if (s.updatedBy !== null && s.updatedBy !== '') tu += ` changeid="${x.attr(s.updatedBy)}"`;
      tu += `>\n      <prop type="x-status">${s.status}</prop>\n`;
      for (const sp of segmentSpeakers(s, speakers)) tu += `      <prop type="x-speaker">${x.text(speakerName(sp))}</prop>\n`;
      for (const c of s.comments) tu += `      <note>${x.text(commentLine(c))}</note>\n`;
      tu += `      <tuv xml:lang="${src}"><seg>${source}</seg></tuv>\n      <tuv xml:lang="${trg}"><seg>${target}</seg></tuv>\n    </tu>\n`;
      write(tu);
    }
    x.segment(null);
    write('  </body>\n</tmx>\n');
    const skipped = dnt + untranslated + noSource;
    const warnings: string[] = [];
    if (skipped > 0) {
      const why = [
        untranslated ? `${plural(untranslated, 'segment')} without a translation` : '',
        dnt ? `${dnt} do-not-translate` : '',
        noSource ? `${noSource} with an empty source` : '',
      ].filter(Boolean);
      warnings.push(`${plural(skipped, 'segment')} left out of the TMX (${why.join(', ')})`);
    }
    return { units, skipped, warnings: [...warnings, ...x.warnings()] };
  },
};
