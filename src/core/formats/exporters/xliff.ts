import type { SegmentStatus } from '../../model.js';
import type { Exporter } from '../types.js';
import { XmlText } from './xml-text.js';

// XLIFF 1.2 states (strict schema values). rejected → needs-review-translation: the translator must look again.
const XLIFF12_STATE: Record<SegmentStatus, string> = {
  new: 'new',
  draft: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
  rejected: 'needs-review-translation',
};

// XLIFF 2.0 has four states; Mizan's finer status goes into subState so a round trip keeps it.
const XLIFF2_STATE: Record<SegmentStatus, string> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'translated',
};

/** XLIFF 1.2: every segment (do-not-translate ones with translate="no"), state mapped, comments as notes. */
export const xliff12Exporter: Exporter = {
  format: 'xliff12',
  extension: 'xlf',
  label: 'XLIFF 1.2',
  export(doc, segments, _speakers, write) {
    const xml = new XmlText();
    const e = (t: string) => xml.escape(t);
    write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n');
    write(`  <file original="${e(doc.sourceName ?? doc.title)}" source-language="${e(doc.sourceLang)}" target-language="${e(doc.targetLang)}" datatype="plaintext">\n    <body>\n`);
    let units = 0;
    let skipped = 0;
    for (const s of segments) {
      if (s.source.trim() === '') {
        skipped++;
        continue;
      }
      units++;
      let tu = `      <trans-unit id="s${s.id}"${s.doNotTranslate ? ' translate="no"' : ''}>\n        <source>${e(s.source)}</source>\n`;
      if (s.target !== '') tu += `        <target state="${XLIFF12_STATE[s.status]}">${e(s.target)}</target>\n`;
      for (const c of s.comments) tu += `        <note from="${e(c.author)}">${e(c.body)}${c.resolvedAt !== null ? ' [resolved]' : ''}</note>\n`;
      write(`${tu}      </trans-unit>\n`);
    }
    write('    </body>\n  </file>\n</xliff>\n');
    return { units, skipped, warnings: xml.warnings() };
  },
};

/** XLIFF 2.0: one <unit> per segment; state + subState, comments as notes. */
export const xliff2Exporter: Exporter = {
  format: 'xliff2',
  extension: 'xlf',
  label: 'XLIFF 2.0',
  export(doc, segments, _speakers, write) {
    const xml = new XmlText();
    const e = (t: string) => xml.escape(t);
    write(`<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="${e(doc.sourceLang)}" trgLang="${e(doc.targetLang)}">\n`);
    write(`  <file id="d${doc.id}" original="${e(doc.sourceName ?? doc.title)}">\n`);
    let units = 0;
    let skipped = 0;
    for (const s of segments) {
      if (s.source.trim() === '') {
        skipped++;
        continue;
      }
      units++;
      let unit = `    <unit id="s${s.id}"${s.doNotTranslate ? ' translate="no"' : ''}>\n`;
      if (s.comments.length) {
        unit += '      <notes>\n';
        for (const c of s.comments) unit += `        <note category="comment">${e(`${c.author}: ${c.body}`)}${c.resolvedAt !== null ? ' [resolved]' : ''}</note>\n`;
        unit += '      </notes>\n';
      }
      const target = s.target !== '';
      unit += `      <segment id="g${s.id}" state="${target ? XLIFF2_STATE[s.status] : 'initial'}" subState="mizan:${s.status}">\n`;
      unit += `        <source>${e(s.source)}</source>\n`;
      if (target) unit += `        <target>${e(s.target)}</target>\n`;
      write(`${unit}      </segment>\n    </unit>\n`);
    }
    write('  </file>\n</xliff>\n');
    return { units, skipped, warnings: xml.warnings() };
  },
};
