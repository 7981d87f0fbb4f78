// Helpers shared by the import parsers: refusals, status words, language tags, text clean-up.
import { MizanError } from '../../errors.js';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../model.js';
import type { ImportedUnit } from '../types.js';

/** A refusal of the whole file: `memory.tmx line 14: <tu tuid="3"> has no <tuv xml:lang="en">`. */
export function refuse(name: string, line: number | null, reason: string): MizanError {
  return new MizanError('bad-input', line === null ? `${name}: ${reason}` : `${name} line ${line}: ${reason}`);
}

/** Stored text is NFC; nothing else is changed (no trimming, no whitespace folding). */
export function clean(text: string): string {
  return text.normalize('NFC');
}

/** True when the text has nothing but whitespace (for "empty source" checks; the text is kept as is). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** A leading byte order mark left in text that was decoded elsewhere. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const STATUS_SET: ReadonlySet<string> = new Set(SEGMENT_STATUSES);

/**
 * Mizan's own status words, case-insensitive, also with an `x-`/`mizan:`/`x-mizan-` prefix (how an
 * extension value can carry them in XLIFF); anything else is undefined.
 */
export function mizanStatus(value: string | undefined): SegmentStatus | undefined {
  if (value === undefined) return undefined;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/^(x-)?(mizan[-:])?/, '');
  return STATUS_SET.has(key) ? (key as SegmentStatus) : undefined;
}

/** Primary language subtag, lower case: `ar-SY` → `ar`, `en_US` → `en` (underscores are accepted). */
export function primarySubtag(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/** `en_US` → `en-US`; otherwise the tag as written (trimmed). */
export function tidyTag(tag: string): string {
  return tag.trim().replace(/_/g, '-');
}

/**
 * Loose BCP 47 shape: a 2–3 letter primary subtag (or `i-`/`x-`), then subtags of 1–8 letters or
 * digits. "english" and "arabic" fail; "ar", "ar-SY", "en_US", "ar-Arab-EG" pass.
 */
export function looksLikeLanguageTag(tag: string): boolean {
  return /^([a-z]{2,3}|[ix])([-_][a-z0-9]{1,8})*$/i.test(tag.trim());
}

export function sameLanguage(a: string, b: string): boolean {
  return primarySubtag(a) === primarySubtag(b);
}

/**
 * Counts units by reason so a file gives one warning per kind, not one per unit. A unit is counted
 * once per kind however often it is added (the source and the target of one unit, say): `unit` is
 * its id or line, unique in the file.
 */
export class WarningCounter {
  private readonly counts = new Map<string, { count: number; examples: string[]; detail: Set<string>; seen: Set<string> }>();

  add(kind: string, unit: string, details: readonly string[] = []): void {
    let entry = this.counts.get(kind);
    if (!entry) {
      entry = { count: 0, examples: [], detail: new Set(), seen: new Set() };
      this.counts.set(kind, entry);
    }
    for (const d of details) entry.detail.add(d);
    if (entry.seen.has(unit)) return;
    entry.seen.add(unit);
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(unit);
  }

  count(kind: string): number {
    return this.counts.get(kind)?.count ?? 0;
  }

  /** One sentence per kind; `describe` words it from the count, the details seen and a few examples. */
  messages(describe: Record<string, (count: number, detail: string[]) => string>): string[] {
    const out: string[] = [];
    for (const [kind, entry] of this.counts) {
      const word = describe[kind];
      const sentence = word ? word(entry.count, [...entry.detail].sort()) : `${entry.count} × ${kind}`;
      const examples = entry.examples.length > 0 ? ` (e.g. ${entry.examples.join(', ')}${entry.count > entry.examples.length ? ', …' : ''})` : '';
      out.push(`${sentence}${examples}`);
    }
    return out;
  }
}

export const units = (n: number): string => (n === 1 ? '1 unit' : `${n} units`);
export const were = (n: number): string => (n === 1 ? 'was' : 'were');

/** A note as ImportedUnit carries it. */
/** A TMX date (ISO 8601 basic, UTC: 20261129T083005Z) as epoch milliseconds; null when it is not one. */
export function parseTmxDate(value: string | null | undefined): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec((value ?? '').trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 20261340 over into another month; a real date reads back the same.
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? ms : null;
}

export function note(body: string, author: string | null = null, createdAt: number | null = null): ImportedUnit['notes'][number] {
  return { author: author === null || author.trim() === '' ? null : clean(author), body: clean(body), createdAt };
}

/** ISO 8601 (XLIFF, SDL) or TMX `YYYYMMDDThhmmssZ` → epoch millis; null when unreadable. */
export function parseDate(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const tmx = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (tmx) {
    const [, y, mo, d, h, mi, s] = tmx.map(Number) as [number, number, number, number, number, number, number];
    return Date.UTC(y, mo - 1, d, h, mi, s);
  }
  // SDL writes 7 fractional digits, which Date.parse does not promise to read.
  const ms = Date.parse(v.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}
