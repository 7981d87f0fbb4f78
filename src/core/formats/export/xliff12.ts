// XLIFF 1.2 export (valid against the OASIS strict schema, urn:oasis:names:tc:xliff:document:1.2).
//
// - One <file original=… source-language target-language datatype="plaintext" xml:space="preserve">
//   (original = the imported file name, else the title); <header><tool> names Mizan.
// - One <trans-unit id="s{segment id}"> per segment, in document order — every segment, also
//   do-not-translate ones (translate="no") and untranslated ones (no <target>): they are the document.
//   Only a segment with an empty source (a target-only bead) is left out, counted in report.skipped.
//   resname = "p{paragraph}" so a tool can show the paragraphing.
// - <target state> — Mizan status → XLIFF 1.2 state (and back, see import/xliff.ts):
//     new → new                  draft → needs-translation (the importer reads it back as draft
//                                        when a target is present)
//     translated → translated    reviewed → signed-off      approved → final (+ approved="yes")
//     rejected → needs-review-translation (the reviewer sent it back)
// - <note from="author"> per comment; replies start with "↳ ", resolved ones end with " [resolved]";
//   a speaker of the segment's annotations as <note from="Mizan" annotates="general">Speaker: …</note>;
//   with option qa, each quality finding as <note from="Mizan QA" priority="1|2|3">severity check: message</note>;
// - <alt-trans match-quality="85" origin="TM name"> for an English pre-translation took from the TM.
// - Characters XML 1.0 forbids are removed and reported.
import type { SegmentStatus } from '../../model.js';
import type { Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO, QA_PRIORITY, qaFindingLine } from '../types.js';
import { XmlEscaper, isBlank, plural, isoDate, segmentSpeakers, speakerName } from './text.js';

export const XLIFF12_STATE: Readonly<Record<SegmentStatus, string>> = {
  new: 'new',
  draft: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
  rejected: 'needs-review-translation',
};

export const xliff12Exporter: Exporter = {
  format: 'xliff12',
  extension: EXPORT_FORMAT_INFO.xliff12.extension,
  label: EXPORT_FORMAT_INFO.xliff12.label,
  options: EXPORT_FORMAT_INFO.xliff12.options,
  async export(doc, segments, speakers, write, options) {
    const x = new XmlEscaper();
    const tool = options.tool ?? { name: 'Mizan', version: '0' };
    write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
        `  <file original="${x.attr(doc.sourceName ?? doc.title)}" source-language="${x.attr(doc.sourceLang)}" target-language="${x.attr(doc.targetLang)}"` +
        ` datatype="plaintext" date="${isoDate(options.now ?? doc.updatedAt)}" xml:space="preserve">\n` +
        `    <header>\n      <tool tool-id="mizan" tool-name="${x.attr(tool.name)}" tool-version="${x.attr(tool.version)}"/>\n` +
        `      <note from="Mizan">${x.text(`Document ${doc.id}: ${doc.title}`)}</note>\n    </header>\n    <body>\n`,
    );
    let units = 0;
    let empty = 0;
    for await (const s of segments) {
      x.segment(s.id);
      const source = x.text(s.source);
      if (isBlank(source)) {
        // A target-only bead: translation tools (and our importer) refuse a unit without a source.
        empty++;
        continue;
      }
      units++;
      let tu = `      <trans-unit id="s${s.id}" resname="p${s.paragraph}"${s.doNotTranslate ? ' translate="no"' : ''}${s.status === 'approved' && s.target !== '' ? ' approved="yes"' : ''}>\n`;
      tu += `        <source>${source}</source>\n`;
      if (s.target !== '') tu += `        <target state="${XLIFF12_STATE[s.status]}">${x.text(s.target)}</target>\n`;
      for (const sp of segmentSpeakers(s, speakers)) tu += `        <note from="Mizan" annotates="general">${x.text(`Speaker: ${speakerName(sp)}`)}</note>\n`;
      for (const c of s.comments) {
        tu += `        <note from="${x.attr(c.author)}">${x.text(`${c.parent !== null ? '↳ ' : ''}${c.body}${c.resolvedAt !== null ? ' [resolved]' : ''}`)}</note>\n`;
      }
      // Quality findings (option qa): priority 1 error, 2 warning, 3 info (1.2 notes rank 1 highest).
      for (const f of s.qa ?? []) tu += `        <note from="Mizan QA" priority="${QA_PRIORITY[f.severity]}">${x.text(qaFindingLine(f))}</note>\n`;
      // A pre-translated English: the TM match it came from, with its score, as XLIFF 1.2 match quality.
      if (s.match && s.target !== '') {
        tu += `        <alt-trans match-quality="${s.match.score}" origin="${x.attr(s.match.origin)}">\n          <target>${x.text(s.target)}</target>\n        </alt-trans>\n`;
      }
      write(`${tu}      </trans-unit>\n`);
    }
    x.segment(null);
    write('    </body>\n  </file>\n</xliff>\n');
    const warnings = empty ? [`${plural(empty, 'segment')} with an empty source (target-only) left out`] : [];
    return { units, skipped: empty, warnings: [...warnings, ...x.warnings()] };
  },
};
