import type { ExportSegment, Exporter } from '../types.js';
import { XmlText, tmxDate } from './xml-text.js';

function commentNote(c: ExportSegment['comments'][number]): string {
  return `${c.author}: ${c.body}${c.resolvedAt !== null ? ' [resolved]' : ''}`;
}

/** TMX 1.4b: one <tu> per translated segment; status and speakers as <prop>, comments as <note>. */
export const tmxExporter: Exporter = {
  format: 'tmx',
  extension: 'tmx',
  label: 'TMX 1.4b',
  export(doc, segments, speakers, write, options) {
    const xml = new XmlText();
    const e = (t: string) => xml.escape(t);
    const now = tmxDate(options.now ?? doc.updatedAt);
    const tool = options.tool ?? { name: 'Mizan', version: '0' };
    write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n');
    write(
      `  <header creationtool="${e(tool.name)}" creationtoolversion="${e(tool.version)}" datatype="plaintext" segtype="sentence" ` +
        `adminlang="en" srclang="${e(doc.sourceLang)}" o-tmf="mizan" creationdate="${now}">\n` +
        `    <prop type="x-document">${e(doc.title)}</prop>\n  </header>\n  <body>\n`,
    );
    let units = 0;
    let skipped = 0;
    for (const s of segments) {
      if (s.doNotTranslate || s.target.trim() === '' || s.source.trim() === '') {
        skipped++;
        continue;
      }
      units++;
      const speakerNames = [...new Set(s.annotations.map((a) => (a.speakerId === null ? null : speakers.get(a.speakerId))).filter((x) => x != null).map((sp) => sp.nameTarget || sp.nameSource))];
      let tu = `    <tu tuid="${s.id}" creationdate="${tmxDate(s.createdAt)}" changedate="${tmxDate(s.updatedAt)}"${s.updatedBy ? ` changeid="${e(s.updatedBy)}"` : ''}>\n`;
      tu += `      <prop type="x-status">${s.status}</prop>\n`;
      for (const name of speakerNames) tu += `      <prop type="x-speaker">${e(name)}</prop>\n`;
      for (const c of s.comments) tu += `      <note>${e(commentNote(c))}</note>\n`;
      tu += `      <tuv xml:lang="${e(doc.sourceLang)}"><seg>${e(s.source)}</seg></tuv>\n`;
      tu += `      <tuv xml:lang="${e(doc.targetLang)}"><seg>${e(s.target)}</seg></tuv>\n    </tu>\n`;
      write(tu);
    }
    write('  </body>\n</tmx>\n');
    return { units, skipped, warnings: xml.warnings() };
  },
};
