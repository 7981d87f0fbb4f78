// XLIFF 2.0 export (valid against the OASIS core schema, urn:oasis:names:tc:xliff:document:2.0).
//
// - <xliff srcLang trgLang>, one <file id="d{document id}" original=… xml:space="preserve">.
// - One <unit id="s{segment id}" name="p{paragraph}"> per segment, in document order — every segment,
//   also do-not-translate ones (translate="no") and untranslated ones (no <target>); only a
//   segment with an empty source (a target-only bead) is left out, counted in report.skipped.
// - <notes>: a <note id="c{comment id}" category="comment"> per comment, text "author: body" (2.0
//   notes have no author attribute; replies start with "↳ ", resolved ones end with " [resolved]"),
//   and <note category="speaker"> per speaker of the segment's annotations; with option qa, each
//   quality finding as <note category="qa" priority="1|2|3">severity check: message</note>.
// - One <segment id="1" state subState="mizan:{status}">; Mizan status → XLIFF 2.0 state:
//     new, draft → initial       translated → translated     reviewed → reviewed
//     approved → final           rejected → translated (translated, but sent back by review)
//   subState carries the exact Mizan status, which our importer prefers; an untranslated segment
//   (no <target>) is always state="initial".
// - Characters XML 1.0 forbids are written as <cp hex="…"/> in <source>/<target> (XLIFF 2.0's
//   lossless mechanism; our importer turns them back) and removed from notes; both reported.
import type { SegmentStatus } from '../../model.js';
import type { Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO, QA_PRIORITY, qaFindingLine } from '../types.js';
import { XmlEscaper, commentLine, isBlank, plural, segmentSpeakers, speakerName } from './text.js';

export const XLIFF2_STATE: Readonly<Record<SegmentStatus, 'initial' | 'translated' | 'reviewed' | 'final'>> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'translated',
};

export const xliff2Exporter: Exporter = {
  format: 'xliff2',
  extension: EXPORT_FORMAT_INFO.xliff2.extension,
  label: EXPORT_FORMAT_INFO.xliff2.label,
  options: EXPORT_FORMAT_INFO.xliff2.options,
  async export(doc, segments, speakers, write) {
    const x = new XmlEscaper(true);
    write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="${x.attr(doc.sourceLang)}" trgLang="${x.attr(doc.targetLang)}">\n` +
        `  <file id="d${doc.id}" original="${x.attr(doc.sourceName ?? doc.title)}" xml:space="preserve">\n` +
        `    <notes>\n      <note category="title">${x.text(doc.title)}</note>\n    </notes>\n`,
    );
    let units = 0;
    let empty = 0;
    for await (const s of segments) {
      x.segment(s.id);
      if (isBlank(s.source)) {
        // A target-only bead: translation tools (and our importer) refuse a unit without a source.
        empty++;
        continue;
      }
      units++;
      let unit = `    <unit id="s${s.id}" name="p${s.paragraph}"${s.doNotTranslate ? ' translate="no"' : ''}>\n`;
      const found = segmentSpeakers(s, speakers);
      const qa = s.qa ?? [];
      if (s.comments.length > 0 || found.length > 0 || qa.length > 0) {
        unit += '      <notes>\n';
        for (const sp of found) unit += `        <note category="speaker">${x.text(speakerName(sp))}</note>\n`;
        for (const c of s.comments) unit += `        <note id="c${c.id}" category="comment">${x.text(commentLine(c))}</note>\n`;
        // Quality findings (option qa): priority 1 error, 2 warning, 3 info.
        for (const f of qa) unit += `        <note category="qa" priority="${QA_PRIORITY[f.severity]}">${x.text(qaFindingLine(f))}</note>\n`;
        unit += '      </notes>\n';
      }
      const hasTarget = s.target !== '';
      unit += `      <segment id="1" state="${hasTarget ? XLIFF2_STATE[s.status] : 'initial'}" subState="mizan:${s.status}">\n`;
      unit += `        <source>${x.text(s.source, true)}</source>\n`;
      if (hasTarget) unit += `        <target>${x.text(s.target, true)}</target>\n`;
      write(`${unit}      </segment>\n    </unit>\n`);
    }
    x.segment(null);
    write('  </file>\n</xliff>\n');
    const warnings = empty ? [`${plural(empty, 'segment')} with an empty source (target-only) left out`] : [];
    return { units, skipped: empty, warnings: [...warnings, ...x.warnings()] };
  },
};
