// A thin layer over saxes (strict, streaming, with positions): the parsers see start tags of the
// outer structure as they come and receive one small tree per unit (<tu>, <trans-unit>, <unit>),
// so a 100,000-unit file never becomes one big tree. Any well-formedness or namespace error is a
// refusal naming the line and column.
//
// Hostile files are refused quickly, not parsed slowly: elements nest at most MAX_XML_DEPTH deep
// (saxes looks a prefix up through every open element, so 100,000 nested <g> took minutes, and the
// tree walkers recurse), carry at most MAX_XML_ATTRIBUTES attributes, entity declarations are
// refused (nothing is expanded, so no billion laughs and no external entities), and the error path
// scans the text once.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { MizanError } from '../../errors.js';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Deeper than any real TMX/XLIFF (SDL nests <g> a few dozen levels at most). */
export const MAX_XML_DEPTH = 256;
/** Attributes on one element: real ones have a dozen; 40,000 took the parser most of a second. */
export const MAX_XML_ATTRIBUTES = 512;

export interface XElement {
  /** Qualified name as written (`sdl:seg`). */
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, SaxesAttributeNS>;
  /** Namespace bindings declared on this element. */
  ns: Record<string, string>;
  children: XNode[];
  /** Where the start tag begins (1-based line). */
  line: number;
}
export type XNode = XElement | string;

export function isElement(node: XNode): node is XElement {
  return typeof node !== 'string';
}

/** The value of an attribute by local name and namespace (no namespace by default). */
export function attr(el: XElement, local: string, uri = ''): string | undefined {
  for (const key in el.attributes) {
    const a = el.attributes[key]!;
    if (a.local === local && a.uri === uri) return a.value;
  }
  return undefined;
}

/** `xml:lang`, or a bare `lang` (TMX 1.1 and some old tools). */
export function langAttr(el: XElement): string | undefined {
  return attr(el, 'lang', XML_NS) ?? attr(el, 'lang');
}

export function childElements(el: XElement, local?: string, uri?: string): XElement[] {
  const out: XElement[] = [];
  for (const c of el.children) {
    if (isElement(c) && (local === undefined || c.local === local) && (uri === undefined || c.uri === uri)) out.push(c);
  }
  return out;
}

export function firstChild(el: XElement, local: string, uri?: string): XElement | undefined {
  return childElements(el, local, uri)[0];
}

/** All text inside, markup ignored (for notes, comments, props). */
export function plainText(el: XElement): string {
  let s = '';
  for (const c of el.children) s += isElement(c) ? plainText(c) : c;
  return s;
}

export interface XmlHandlers {
  /**
   * A start tag outside any captured subtree. `parents` are the open elements above it (root
   * first). Return true to capture the element's whole subtree and receive it in `captured`.
   */
  open(el: XElement, parents: readonly XElement[]): boolean;
  captured(el: XElement, parents: readonly XElement[]): void;
  /** End tag of an element that was not captured. */
  close?(el: XElement, parents: readonly XElement[]): void;
}

export interface XmlInfo {
  encoding: string | undefined;
  root: XElement | undefined;
}

/**
 * Parses the whole text; throws MizanError('bad-input') at the first error:
 * `memory.tmx line 22, column 85: unmatched closing tag: tuv (the open element is <seg>, from line 22)`.
 */
export function parseXml(text: string, name: string, handlers: XmlHandlers): XmlInfo {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XElement[] = [];
  /** Index in `stack` of the element being captured, or -1. */
  let captureAt = -1;
  let startLine = 1;
  const info: XmlInfo = { encoding: undefined, root: undefined };

  let lastClosed: XElement | undefined;
  parser.on('error', (err: Error) => {
    const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(err.message);
    const line = m ? Number(m[1]) : parser.line;
    const column = m ? Number(m[2]) + 1 : parser.column + 1;
    const offset = offsetOf(text, line, parser.columnIndex);
    // saxes reads an entity name up to the next ";", so a bare "&" is reported far away, if at all.
    const amp = bareAmpersand(text, offset);
    if (amp !== undefined) {
      const at = position(text, amp);
      throw new MizanError('bad-input', `${name} line ${at.line}, column ${at.column}: a bare "&" (write it as &amp;)`);
    }
    let reason = (m ? m[3]! : err.message).replace(/\.$/, '');
    const open = stack[stack.length - 1];
    if (reason === 'unexpected close tag' && lastClosed) {
      const closing = /^<\/([^\s>]*)/.exec(text.slice(text.lastIndexOf('</', offset)))?.[1] ?? '?';
      reason = `</${closing}> found where </${lastClosed.name}> was expected (<${lastClosed.name}> opened on line ${lastClosed.line})`;
    } else if (reason.startsWith('unmatched closing tag') && open) {
      reason += ` (the open element is <${open.name}>, from line ${open.line})`;
    } else if (reason.startsWith('unclosed tag') && open) {
      reason += ` (opened on line ${open.line})${unclosedConstruct(text)}`;
    } else if (reason === 'undefined entity') {
      reason += '; XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references';
    }
    throw new MizanError('bad-input', `${name} line ${line}, column ${column}: ${reason}`);
  });
  parser.on('xmldecl', (decl) => {
    info.encoding = decl.encoding;
  });
  parser.on('doctype', (doctype: string) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new MizanError('bad-input', `${name} line ${parser.line}: the file declares entities (<!ENTITY …>), which Mizan does not expand; save it without a DOCTYPE`);
    }
  });
  let attributes = 0;
  parser.on('attribute', () => {
    if (++attributes > MAX_XML_ATTRIBUTES) {
      throw new MizanError('bad-input', `${name} line ${parser.line}: an element has more than ${MAX_XML_ATTRIBUTES} attributes, so this file is damaged or not a translation file`);
    }
  });
  parser.on('opentagstart', (tag) => {
    startLine = parser.line;
    attributes = 0;
    if (stack.length >= MAX_XML_DEPTH) {
      const root = stack[0];
      throw new MizanError(
        'bad-input',
        `${name} line ${parser.line}: <${tag.name}> is nested ${stack.length + 1} elements deep (inside <${root?.name ?? '?'}>); Mizan reads at most ${MAX_XML_DEPTH} levels, so this file is damaged or not a translation file`,
      );
    }
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: XElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: tag.attributes,
      ns: tag.ns,
      children: [],
      line: startLine,
    };
    if (stack.length === 0) info.root = el;
    if (captureAt >= 0) {
      stack[stack.length - 1]!.children.push(el);
    } else if (handlers.open(el, stack)) {
      captureAt = stack.length;
    }
    stack.push(el);
  });
  const onText = (t: string): void => {
    if (captureAt < 0) return;
    const top = stack[stack.length - 1];
    if (!top) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + t;
    else top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const el = stack.pop();
    if (!el) return;
    lastClosed = el;
    if (captureAt >= 0) {
      if (stack.length === captureAt) {
        captureAt = -1;
        handlers.captured(el, stack);
      }
      return;
    }
    handlers.close?.(el, stack);
  });

  parser.write(text).close();
  return info;
}

function offsetOf(text: string, line: number, columnIndex: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + columnIndex);
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * "; a comment opened on line 4 is never closed with -->" when the text ends inside a comment or
 * CDATA section (saxes only says which element is unclosed). One forward pass, as the parser reads.
 */
function unclosedConstruct(text: string): string {
  const constructs = [['<!--', '-->', 'a comment'], ['<![CDATA[', ']]>', 'a CDATA section']] as const;
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    const found = constructs.find(([open]) => text.startsWith(open, lt));
    if (!found) continue;
    const end = text.indexOf(found[1], lt + found[0].length);
    if (end < 0) return `; ${found[2]} opened on line ${position(text, lt).line} is never closed with ${found[1]}`;
    lt = end;
  }
  return '';
}

/** indexOf, with Infinity for "none" so comparisons need no special case. */
function nextIndex(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? Infinity : at;
}

/**
 * Offset of the first "&" before `limit` that starts no entity or character reference (outside CDATA,
 * comments, PIs). One pass with indexOf: an unclosed comment or CDATA ends the search (saxes reports
 * it), where a lazy regex rescanned the rest of the text from every "<" (quadratic).
 */
function bareAmpersand(text: string, limit: number): number | undefined {
  const reference = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]{0,255});/;
  const closers: readonly (readonly [string, string])[] = [['<![CDATA[', ']]>'], ['<!--', '-->'], ['<?', '?>']];
  let i = 0;
  // The next "&" and "<" at or after i; each indexOf looks ahead only from where the last one
  // stopped (the next "&" may be a megabyte away), so the whole scan is linear.
  let amp = -1;
  let lt = -1;
  while (i <= limit && i < text.length) {
    if (amp < i) amp = nextIndex(text, '&', i);
    if (lt < i) lt = nextIndex(text, '<', i);
    if (amp > limit && lt > limit) return undefined;
    if (lt < amp) {
      const skip = closers.find(([open]) => text.startsWith(open, lt));
      if (!skip) {
        i = lt + 1;
        continue;
      }
      const end = text.indexOf(skip[1], lt + skip[0].length);
      if (end < 0) return undefined;
      i = end + skip[1].length;
      continue;
    }
    if (!reference.test(text.slice(amp, amp + 300))) return amp;
    i = amp + 1;
  }
  return undefined;
}

/** The first element name of a text that looks like XML, without parsing it all; undefined if none. */
export function sniffRoot(text: string): { local: string; tag: string } | undefined {
  let i = 0;
  const head = text.slice(0, 64 * 1024);
  for (;;) {
    while (i < head.length && /\s|\uFEFF/.test(head[i]!)) i++;
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (head.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      let depth = 0;
      let j = i + 2;
      for (; j < head.length; j++) {
        const ch = head[j];
        if (ch === '[') depth++;
        else if (ch === ']') depth--;
        else if (ch === '>' && depth <= 0) break;
      }
      if (j >= head.length) return undefined;
      i = j + 1;
    } else if (head[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)([^>]*)>?/.exec(head.slice(i, i + 4096));
      if (!m) return undefined;
      const qname = m[1]!;
      return { local: qname.slice(qname.indexOf(':') + 1), tag: m[0] };
    } else {
      return undefined;
    }
  }
}
