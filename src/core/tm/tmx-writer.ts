// TMX 1.4b out of a translation memory (the project's or the user's): one <tu> per unit, with the author
// and date it has, and its memory's name as a prop so a round trip keeps where a unit came from.
import { XmlEscaper, tmxDate } from '../formats/export/text.js';

export interface TmxUnitOut {
  source: string;
  target: string;
  changedAt: number | null;
  author: string | null;
  /** The memory it came from ("this project", a TMX name, "user TM"). */
  origin: string;
  note: string | null;
}

export function tmxHeader(sourceLang: string, now: number, tool: { name: string; version: string }): string {
  const x = new XmlEscaper();
  return '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    `  <header creationtool="${x.attr(tool.name)}" creationtoolversion="${x.attr(tool.version)}" datatype="plaintext" segtype="sentence"` +
    ` adminlang="en" srclang="${x.attr(sourceLang)}" o-tmf="Mizan" creationdate="${tmxDate(now)}"/>\n  <body>\n`;
}

export function tmxUnit(u: TmxUnitOut, sourceLang: string, targetLang: string): string {
  const x = new XmlEscaper();
  let tu = '    <tu';
  if (u.changedAt !== null) tu += ` changedate="${tmxDate(u.changedAt)}"`;
  if (u.author !== null && u.author !== '') tu += ` changeid="${x.attr(u.author)}"`;
  tu += `>\n      <prop type="x-origin">${x.text(u.origin)}</prop>\n`;
  if (u.note !== null && u.note.trim() !== '') tu += `      <note>${x.text(u.note)}</note>\n`;
  tu += `      <tuv xml:lang="${x.attr(sourceLang)}"><seg>${x.text(u.source)}</seg></tuv>\n`;
  tu += `      <tuv xml:lang="${x.attr(targetLang)}"><seg>${x.text(u.target)}</seg></tuv>\n    </tu>\n`;
  return tu;
}

export const TMX_FOOTER = '  </body>\n</tmx>\n';
