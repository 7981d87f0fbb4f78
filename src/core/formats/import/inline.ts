// Inline markup inside a segment → plain text. Mizan stores plain text, so inline tags are
// FLATTENED (one policy for every format, chosen over `{1}`-style placeholders so the imported text
// is exactly the words a translator reads):
// - paired tags that wrap text (TMX <hi>; XLIFF 1.2 <g>, <mrk>; XLIFF 2.0 <pc>, <mrk>) are removed
//   and the text they wrap is kept;
// - code elements whose content is the original file's native code, not text (TMX <bpt> <ept> <ph>
//   <it> <ut>; XLIFF 1.2 <bpt> <ept> <ph> <it>) and empty placeholders (XLIFF <x/> <bx/> <ex/>,
//   XLIFF 2.0 <ph/> <sc/> <ec/> <sm/> <em/>) are removed with their content;
// - XLIFF 2.0 <cp hex="…"/> is the character it stands for, so it becomes that character;
// - an unknown element keeps its text.
// The caller counts the units where anything was removed and says so in a warning; text inside a
// <sub> (a footnote or alt text inside a native code) is counted separately because it is words.
import { attr, isElement, type XElement } from './xml.js';

export type InlineDialect = 'tmx' | 'xliff12' | 'xliff2';

const CODE_ELEMENTS: Record<InlineDialect, ReadonlySet<string>> = {
  tmx: new Set(['bpt', 'ept', 'ph', 'it', 'ut']),
  xliff12: new Set(['bpt', 'ept', 'ph', 'it', 'x', 'bx', 'ex']),
  xliff2: new Set(['ph', 'sc', 'ec', 'sm', 'em']),
};

export interface Flattened {
  text: string;
  /** Names of the inline elements removed or unwrapped (`bpt`, `g`, …), without duplicates. */
  tags: string[];
  /** Non-blank <sub> text that went with a removed code. */
  droppedSubText: boolean;
  /** SDL comment ids (`sdl:cid` on <mrk mtype="x-sdl-comment">) met on the way. */
  commentIds: string[];
}

export const SDL_NS = 'http://sdl.com/FileTypes/SdlXliff/1.0';

function hasSubText(el: XElement): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.local === 'sub' && c.children.some((x) => (isElement(x) ? true : x.trim() !== ''))) return true;
    if (hasSubText(c)) return true;
  }
  return false;
}

/**
 * Flattens the content of `el` (a <seg>, <source>, <target> or <mrk>). `ns` is the namespace of the
 * format's own elements ('' for TMX); elements of another namespace are treated as unknown.
 */
export function flattenInline(el: XElement, dialect: InlineDialect, ns: string): Flattened {
  const tags = new Set<string>();
  const out: Flattened = { text: '', tags: [], droppedSubText: false, commentIds: [] };
  const codes = CODE_ELEMENTS[dialect];
  const walk = (node: XElement): void => {
    for (const c of node.children) {
      if (!isElement(c)) {
        out.text += c;
        continue;
      }
      const own = c.uri === ns;
      if (own && dialect === 'xliff2' && c.local === 'cp') {
        const hex = attr(c, 'hex') ?? '';
        const cp = /^[0-9a-f]{1,6}$/i.test(hex) ? parseInt(hex, 16) : NaN;
        if (cp <= 0x10ffff) out.text += String.fromCodePoint(cp);
        else tags.add('cp');
        continue;
      }
      if (own && codes.has(c.local)) {
        tags.add(c.local);
        if (hasSubText(c)) out.droppedSubText = true;
        continue;
      }
      if (own && c.local === 'mrk') {
        const mtype = attr(c, 'mtype') ?? attr(c, 'type') ?? '';
        if (mtype === 'x-sdl-comment') {
          const cid = attr(c, 'cid', SDL_NS);
          if (cid) out.commentIds.push(cid);
        } else if (c.children.length > 0 && !mtype.startsWith('x-sdl-')) {
          tags.add('mrk');
        }
        walk(c);
        continue;
      }
      tags.add(c.name);
      walk(c);
    }
  };
  walk(el);
  out.tags = [...tags];
  return out;
}

/** True when the element has no text and no elements, only whitespace (an empty <source>). */
export function isEmptyElement(el: XElement): boolean {
  return el.children.every((c) => typeof c === 'string' && c.trim() === '');
}
