// Text helpers shared by the exporters: XML 1.0 escaping with removal of the characters XML forbids,
// HTML escaping, TMX dates, comment lines and speaker names. Pure functions plus one small counter.
import type { ExportComment, ExportSegment, ExportSpeaker } from '../types.js';

/**
 * Characters XML 1.0 does not allow at all (not even as character references): C0 controls other
 * than tab/LF/CR, U+FFFE/U+FFFF, and lone surrogates (a high one not followed by a low one, or a low
 * one not preceded by a high one). RLM/LRM/ALM, ZWJ/ZWNJ, tatweel and C1 controls are allowed and kept.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const XML_SPECIAL = /[&<>"\r\t\n]/;

const hex = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Escapes text for XML element content and attribute values (the same escaping works for both):
 * & < > " become entities; CR, and in attributes tab and LF, become character references so a parser
 * hands back exactly the original (XML otherwise turns CR LF into LF and attribute whitespace into
 * spaces). Forbidden characters are removed and counted per segment for the report.
 */
export class XmlEscaper {
  private readonly tally = {
    removed: { n: 0, kinds: new Set<string>(), segments: [] as number[] },
    encoded: { n: 0, kinds: new Set<string>(), segments: [] as number[] },
  };
  private current: number | null = null;

  /**
   * @param codePoints XLIFF 2.0 only: in <source>/<target>, write forbidden characters as
   * <cp hex="…"/> (the standard's lossless way) instead of removing them.
   */
  constructor(private readonly codePoints = false) {}

  /** The segment whose text is being escaped next, named in the warning. */
  segment(id: number | null): void {
    this.current = id;
  }

  /** Removes what XML forbids; the text is otherwise unchanged. */
  clean(text: string): string {
    if (!XML_FORBIDDEN_TEST.test(text)) return text;
    return text.replace(XML_FORBIDDEN, (ch) => {
      this.count('removed', ch);
      return '';
    });
  }

  private count(kind: 'removed' | 'encoded', ch: string): void {
    const t = this.tally[kind];
    t.n++;
    t.kinds.add(hex(ch));
    if (this.current !== null && t.segments[t.segments.length - 1] !== this.current) t.segments.push(this.current);
  }

  /** Element content; `inline` marks XLIFF 2.0 <source>/<target>, where <cp> is allowed. */
  text(text: string, inline = false): string {
    if (inline && this.codePoints && XML_FORBIDDEN_TEST.test(text)) {
      let out = '';
      let last = 0;
      for (const m of text.matchAll(XML_FORBIDDEN)) {
        this.count('encoded', m[0]);
        out += `${this.text(text.slice(last, m.index))}<cp hex="${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
        last = m.index + m[0].length;
      }
      return out + this.text(text.slice(last));
    }
    const clean = this.clean(text);
    if (!XML_SPECIAL.test(clean)) return clean;
    return clean.replace(/[&<>"\r]/g, xmlEntity);
  }

  /** Attribute value (inside double quotes). */
  attr(text: string): string {
    const clean = this.clean(text);
    if (!XML_SPECIAL.test(clean)) return clean;
    return clean.replace(/[&<>"\r\t\n]/g, xmlEntity);
  }

  /** E.g. "2 characters that XML does not allow (U+0001, U+000B) were removed, in segment 3". */
  warnings(): string[] {
    const out: string[] = [];
    for (const kind of ['removed', 'encoded'] as const) {
      const t = this.tally[kind];
      if (t.n === 0) continue;
      const where = t.segments.length === 0 ? '' : `, in segment${t.segments.length === 1 ? '' : 's'} ${listIds(t.segments)}`;
      const what = kind === 'removed' ? 'removed' : 'written as <cp hex="…"/> code points';
      out.push(`${plural(t.n, 'character')} that XML does not allow (${[...t.kinds].sort().join(', ')}) ${t.n === 1 ? 'was' : 'were'} ${what}${where}`);
    }
    return out;
  }
}

function xmlEntity(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case '\r':
      return '&#13;';
    case '\t':
      return '&#9;';
    default:
      return '&#10;';
  }
}

/** "3, 7, 9 and 12 more". */
export function listIds(ids: readonly number[], max = 10): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/** "2 segments" / "1 segment". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** TMX dates: YYYYMMDDThhmmssZ (UTC). An unusable clock value falls back to the epoch. */
export function tmxDate(ms: number): string {
  const d = new Date(Number.isFinite(ms) ? ms : 0);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/** ISO 8601 with seconds, UTC (XLIFF, HTML). */
export function isoDate(ms: number): string {
  return new Date(Number.isFinite(ms) ? ms : 0).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One comment as a line of text: "Reviewer: body", "↳ Translator: body" for a reply, "[resolved]" when resolved. */
export function commentLine(c: ExportComment): string {
  return `${c.parent !== null ? '↳ ' : ''}${c.author}: ${c.body}${c.resolvedAt !== null ? ' [resolved]' : ''}`;
}

/** The speakers of a segment's annotations, in order of first appearance, each once. */
export function segmentSpeakers(segment: ExportSegment, speakers: ReadonlyMap<number, ExportSpeaker>): ExportSpeaker[] {
  const out: ExportSpeaker[] = [];
  const seen = new Set<number>();
  for (const a of segment.annotations) {
    if (a.speakerId === null || seen.has(a.speakerId)) continue;
    seen.add(a.speakerId);
    const sp = speakers.get(a.speakerId);
    if (sp) out.push(sp);
  }
  return out;
}

/** The English name of a speaker, else the Arabic one. */
export function speakerName(sp: ExportSpeaker): string {
  return sp.nameTarget.trim() !== '' ? sp.nameTarget : sp.nameSource;
}

/** Whitespace only (or empty). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
