// JSONL import: reads Mizan's own JSONL export (export/jsonl.ts) back into plain
// data — one document, its segments with both texts, statuses and paragraphs, the speakers its
// annotations name, the annotations with their offsets and links, and the comments.
//
// Strict where a mistake would silently corrupt data: every line must be a JSON object of the same
// document; every span's `text` must be exactly the slice start..end of its side (the check that the
// offset convention was kept by whatever tool touched the file); ids must be unique. A file that
// fails is refused whole, naming the line and the reason. Lenient where nothing is lost: links and
// comment references to annotations or comments not in the file (a filtered file) are dropped with a
// warning; keys this reader does not know are ignored.
//
// Link kinds: an exported `links` list holds annotation ids. A parallel `link_kinds` list (or links
// written as {"id", "kind"} objects) gives each link's kind; without it the kind is inferred from the
// pair and the link rules of the file's `annotation_scheme` (first line; Mizan's default scheme when
// the file has none) — see inferKind.
import {
  DEFAULT_SCHEME, LINK_KINDS, findLayer, findLinkRule, validateScheme, type AnnotationInput, type AnnotationScheme, type LinkKind,
} from '../../annotation/scheme.js';
import type { ExportComment } from '../types.js';
import { ANNOTATION_SIDES, SEGMENT_STATUSES, SPEAKER_KINDS, type SegmentStatus, type SpeakerKind } from '../../model.js';
import { JSONL_OFFSETS } from '../export/jsonl.js';
import { refuse, stripBom } from './common.js';
import type { DocumentImporter } from './importer.js';

export interface JsonlDocument {
  id: number | null;
  title: string;
  sourceLang: string;
  targetLang: string;
}

export interface JsonlSpeaker {
  /** The id in the exporting project (how annotations name it in the file). */
  id: number;
  nameSource: string;
  nameTarget: string;
  kind: SpeakerKind;
  role: string;
  organisation: string;
}

export interface JsonlLink {
  /** Annotation id in the file. */
  to: number;
  kind: LinkKind;
}

/** An annotation as the file gives it: what a new annotation is made of, plus its id, links and history. */
export interface JsonlAnnotation extends AnnotationInput {
  id: number;
  links: JsonlLink[];
  /** Optional keys (not in every export): kept when present. */
  flagged: boolean;
  author: string | null;
  createdAt: number | null;
}

/** A comment as the export writes it, plus who resolved it. */
export interface JsonlComment extends ExportComment {
  resolvedBy: string | null;
}

export interface JsonlSegment {
  /** 1-based line of the file. */
  line: number;
  id: number;
  position: number;
  paragraph: number;
  status: SegmentStatus;
  source: string;
  target: string;
  doNotTranslate: boolean;
  annotations: JsonlAnnotation[];
  comments: JsonlComment[];
}

export interface ImportedJsonl {
  document: JsonlDocument;
  /** The scheme the file says its annotations follow (`annotation_scheme`), if it has a readable one. */
  scheme: AnnotationScheme | null;
  /** In document order (by position). */
  segments: JsonlSegment[];
  speakers: JsonlSpeaker[];
  warnings: string[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field readers that refuse with the line and a path to the field. */
class LineReader {
  constructor(private readonly name: string, readonly line: number) {}

  fail(reason: string): Error {
    return refuse(this.name, this.line, reason);
  }

  object(v: unknown, where: string): Json {
    if (!isObject(v)) throw this.fail(`${where} must be an object`);
    return v;
  }

  string(v: unknown, where: string): string {
    if (typeof v !== 'string') throw this.fail(`${where} must be text (it is ${describe(v)})`);
    return v;
  }

  stringOrNull(v: unknown, where: string): string | null {
    return v === null || v === undefined ? null : this.string(v, where);
  }

  integer(v: unknown, where: string, min = 0): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw this.fail(`${where} must be a whole number${min === 0 ? ' ≥ 0' : ''} (it is ${describe(v)})`);
    return v;
  }

  integerOrNull(v: unknown, where: string): number | null {
    return v === null || v === undefined ? null : this.integer(v, where);
  }

  number(v: unknown, where: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw this.fail(`${where} must be a number (it is ${describe(v)})`);
    return v;
  }

  numberOrNull(v: unknown, where: string): number | null {
    return v === null || v === undefined ? null : this.number(v, where);
  }

  oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw this.fail(`${where} must be one of ${allowed.join(', ')} (it is ${describe(v)})`);
    return v as T;
  }

  list(v: unknown, where: string): unknown[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw this.fail(`${where} must be a list`);
    return v;
  }
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

interface RawLink {
  to: number;
  kind: LinkKind | null;
}

interface Parsed {
  segment: JsonlSegment;
  rawLinks: Map<number, RawLink[]>;
}

function readSpeaker(r: LineReader, v: unknown, where: string): JsonlSpeaker {
  const o = r.object(v, where);
  return {
    id: r.integer(o.id, `${where}.id`),
    nameSource: r.string(o.name_source ?? '', `${where}.name_source`),
    nameTarget: r.string(o.name_target ?? '', `${where}.name_target`),
    kind: r.oneOf(o.kind ?? 'person', SPEAKER_KINDS, `${where}.kind`),
    role: r.string(o.role ?? '', `${where}.role`),
    organisation: r.string(o.organisation ?? '', `${where}.organisation`),
  };
}

function readLinks(r: LineReader, o: Json, where: string): RawLink[] {
  const links = r.list(o.links, `${where}.links`);
  const kinds = o.link_kinds === undefined ? null : r.list(o.link_kinds, `${where}.link_kinds`);
  if (kinds && kinds.length !== links.length) throw r.fail(`${where}.link_kinds has ${kinds.length} entries for ${links.length} links`);
  return links.map((l, k) => {
    if (isObject(l)) return { to: r.integer(l.id ?? l.to, `${where}.links[${k}].id`), kind: r.oneOf(l.kind, LINK_KINDS, `${where}.links[${k}].kind`) };
    return { to: r.integer(l, `${where}.links[${k}]`), kind: kinds ? r.oneOf(kinds[k], LINK_KINDS, `${where}.link_kinds[${k}]`) : null };
  });
}

function readAnnotation(r: LineReader, v: unknown, k: number, texts: { source: string; target: string }, speakers: (s: JsonlSpeaker) => void): { a: JsonlAnnotation; links: RawLink[] } {
  const where0 = `annotations[${k}]`;
  const o = r.object(v, where0);
  const id = r.integer(o.id, `${where0}.id`);
  const where = `annotation ${id}`;
  const side = r.oneOf(o.side, ANNOTATION_SIDES, `${where}.side`);
  let start: number | null = null;
  let end: number | null = null;
  if (side === 'segment') {
    if ((o.start ?? null) !== null || (o.end ?? null) !== null) throw r.fail(`${where} is on the whole segment but has start/end offsets`);
  } else {
    const base = texts[side];
    start = r.integer(o.start, `${where}.start`);
    end = r.integer(o.end, `${where}.end`);
    if (start > end || end > base.length) throw r.fail(`${where} has offsets ${start}..${end}, outside the ${side} text (0..${base.length})`);
    const text = r.string(o.text, `${where}.text`);
    const slice = base.slice(start, end);
    if (text !== slice) {
      throw r.fail(`${where}: "text" is ${quote(text)} but the ${side} text at ${start}..${end} is ${quote(slice)} (offsets must be UTF-16 code units into the NFC text, end exclusive)`);
    }
  }
  const speaker = o.speaker === null || o.speaker === undefined ? null : readSpeaker(r, o.speaker, `${where}.speaker`);
  if (speaker) speakers(speaker);
  const attrs = o.attrs === undefined || o.attrs === null ? {} : r.object(o.attrs, `${where}.attrs`);
  if (o.flagged !== undefined && typeof o.flagged !== 'boolean') throw r.fail(`${where}.flagged must be true or false`);
  return {
    a: {
      id,
      layer: r.string(o.layer, `${where}.layer`),
      side,
      start,
      end,
      label: r.stringOrNull(o.label, `${where}.label`),
      speakerId: speaker?.id ?? null,
      attrs,
      links: [],
      flagged: o.flagged === true,
      author: r.stringOrNull(o.author, `${where}.author`),
      createdAt: r.numberOrNull(o.created_at, `${where}.created_at`),
    },
    links: readLinks(r, o, where),
  };
}

function readComment(r: LineReader, v: unknown, k: number): JsonlComment {
  const o = r.object(v, `comments[${k}]`);
  const id = r.integer(o.id, `comments[${k}].id`);
  const where = `comment ${id}`;
  return {
    id,
    parent: r.integerOrNull(o.parent, `${where}.parent`),
    annotation: r.integerOrNull(o.annotation, `${where}.annotation`),
    author: r.string(o.author, `${where}.author`),
    body: r.string(o.body, `${where}.body`),
    createdAt: r.number(o.created_at, `${where}.created_at`),
    resolvedAt: r.numberOrNull(o.resolved_at, `${where}.resolved_at`),
    resolvedBy: r.stringOrNull(o.resolved_by, `${where}.resolved_by`),
  };
}

/** Stored text is NFC; a non-NFC text is composed unless spans point into it (their offsets would shift). */
function nfc(r: LineReader, text: string, side: string, spans: boolean): string {
  const composed = text.normalize('NFC');
  if (composed !== text && spans) throw r.fail(`the ${side} text is not in NFC (composed) form, so its span offsets cannot be trusted`);
  return composed;
}

function readLine(r: LineReader, o: Json, speakers: (s: JsonlSpeaker) => void): Parsed {
  if (o.offsets !== undefined && o.offsets !== JSONL_OFFSETS) {
    throw r.fail(`"offsets" is ${describe(o.offsets)}; Mizan reads "${JSONL_OFFSETS}" only`);
  }
  const seg = r.object(o.segment, '"segment"');
  const id = r.integer(seg.id, 'segment.id');
  const rawAnnotations = r.list(o.annotations, '"annotations"');
  const sideHasSpans = (side: string) => rawAnnotations.some((a) => isObject(a) && a.side === side);
  const source = nfc(r, r.string(o.source, '"source"'), 'source', sideHasSpans('source'));
  const target = nfc(r, r.string(o.target ?? '', '"target"'), 'target', sideHasSpans('target'));
  if (o.do_not_translate !== undefined && typeof o.do_not_translate !== 'boolean') throw r.fail('"do_not_translate" must be true or false');
  const rawLinks = new Map<number, RawLink[]>();
  const annotations = rawAnnotations.map((v, k) => {
    const { a, links } = readAnnotation(r, v, k, { source, target }, speakers);
    rawLinks.set(a.id, links);
    return a;
  });
  return {
    segment: {
      line: r.line,
      id,
      position: r.integer(seg.position, 'segment.position'),
      paragraph: r.integer(seg.paragraph ?? 0, 'segment.paragraph'),
      status: r.oneOf(seg.status ?? 'new', SEGMENT_STATUSES, 'segment.status'),
      source,
      target,
      doNotTranslate: o.do_not_translate === true,
      annotations,
      comments: r.list(o.comments, '"comments"').map((v, k) => readComment(r, v, k)),
    },
    rawLinks,
  };
}

function readDocument(r: LineReader, v: unknown): JsonlDocument {
  const d = r.object(v, '"document"');
  return {
    id: r.integerOrNull(d.id, 'document.id'),
    title: r.string(d.title, 'document.title'),
    sourceLang: r.string(d.source_lang, 'document.source_lang'),
    targetLang: r.string(d.target_lang, 'document.target_lang'),
  };
}

const sameDocument = (a: JsonlDocument, b: JsonlDocument): boolean =>
  a.id === b.id && a.title === b.title && a.sourceLang === b.sourceLang && a.targetLang === b.targetLang;

/**
 * The kind of a link the file gave without one: an Arabic and an English span of one layer are a
 * translation; else the scheme's rule from the one layer to the other; else the one kind the from
 * layer's rules use (a link from a stance is its target); else a rule the other way; else attribution.
 */
function inferKind(scheme: AnnotationScheme, from: JsonlAnnotation, to: JsonlAnnotation): LinkKind {
  const sides = new Set([from.side, to.side]);
  if (from.layer === to.layer && sides.has('source') && sides.has('target')) return 'translation';
  const rule = findLinkRule(scheme, from.layer, to.layer);
  if (rule) return rule.kind;
  const kinds = [...new Set(findLayer(scheme, from.layer)?.links.map((r) => r.kind))];
  if (kinds.length === 1) return kinds[0]!;
  return findLinkRule(scheme, to.layer, from.layer)?.kind ?? 'attribution';
}

/** The file's own scheme, when its first line has one that reads; a broken one is a warning, not a refusal (nothing is lost). */
function readFileScheme(value: unknown, warnings: string[]): AnnotationScheme | null {
  if (value === undefined || value === null) return null;
  try {
    return validateScheme(value);
  } catch (error) {
    warnings.push(`the file's annotation_scheme could not be read (${error instanceof Error ? error.message : String(error)}); link kinds the file does not give were inferred with Mizan's default scheme`);
    return null;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Far deeper than Mizan's own lines (line → annotations → attrs → a value: about five levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * The 1-based character where a line first nests deeper than `max`, or 0. A line a million arrays
 * deep is refused before JSON.parse builds it (a second and 200 MB). Skipped, at no cost, when the
 * line has too few brackets to get that deep.
 */
function jsonDepthOver(line: string, max: number): number {
  let brackets = 0;
  for (let i = line.indexOf('['); i >= 0 && brackets <= max; i = line.indexOf('[', i + 1)) brackets++;
  for (let i = line.indexOf('{'); i >= 0 && brackets <= max; i = line.indexOf('{', i + 1)) brackets++;
  if (brackets <= max) return 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i + 1;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return 0;
}

/** Parses a JSONL export. `name` (the file name) prefixes refusals: `talks.jsonl line 3: …`. */
export function parseJsonl(text: string, name: string): ImportedJsonl {
  const lines = stripBom(text).split('\n');
  let document: JsonlDocument | null = null;
  let firstLine = 0;
  let schemeValue: unknown;
  const parsed: Parsed[] = [];
  const speakers = new Map<number, { speaker: JsonlSpeaker; line: number }>();
  const segmentLines = new Map<number, number>();
  const positionLines = new Map<number, number>();
  const annotationLines = new Map<number, number>();
  const commentLines = new Map<number, number>();

  for (const [k, raw] of lines.entries()) {
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (body.trim() === '') continue;
    const r = new LineReader(name, k + 1);
    const depth = jsonDepthOver(body, MAX_JSON_DEPTH);
    if (depth) throw r.fail(`the line nests lists or objects more than ${MAX_JSON_DEPTH} deep (at character ${depth}); Mizan's JSONL nests a few levels, so this is damaged or not Mizan's`);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw r.fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const o = r.object(value, 'the line');
    const doc = readDocument(r, o.document);
    if (document === null) {
      document = doc;
      firstLine = r.line;
      schemeValue = o.annotation_scheme;
    } else if (!sameDocument(document, doc)) {
      throw r.fail(`belongs to another document than line ${firstLine} (${quote(doc.title)}, not ${quote(document.title)}); import one document per file`);
    }
    const p = readLine(r, o, (s) => {
      const seen = speakers.get(s.id);
      if (!seen) speakers.set(s.id, { speaker: s, line: r.line });
      else if (JSON.stringify(seen.speaker) !== JSON.stringify(s)) throw r.fail(`speaker ${s.id} differs from speaker ${s.id} on line ${seen.line}`);
    });
    const unique = (map: Map<number, number>, id: number, what: string) => {
      const first = map.get(id);
      if (first !== undefined) throw r.fail(`${what} appears twice (first on line ${first})`);
      map.set(id, r.line);
    };
    unique(segmentLines, p.segment.id, `segment ${p.segment.id}`);
    unique(positionLines, p.segment.position, `position ${p.segment.position}`);
    for (const a of p.segment.annotations) unique(annotationLines, a.id, `annotation ${a.id}`);
    for (const c of p.segment.comments) unique(commentLines, c.id, `comment ${c.id}`);
    parsed.push(p);
  }
  if (document === null) throw refuse(name, null, 'the file has no lines to import');

  const warnings: string[] = [];
  const scheme = readFileScheme(schemeValue, warnings);
  const byId = new Map(parsed.flatMap((p) => p.segment.annotations.map((a) => [a.id, a] as const)));
  let droppedLinks = 0;
  let guessedKinds = 0;
  for (const p of parsed) {
    for (const a of p.segment.annotations) {
      for (const link of p.rawLinks.get(a.id) ?? []) {
        const to = byId.get(link.to);
        if (!to) {
          droppedLinks++;
          continue;
        }
        if (link.kind === null) guessedKinds++;
        a.links.push({ to: link.to, kind: link.kind ?? inferKind(scheme ?? DEFAULT_SCHEME, a, to) });
      }
    }
  }
  let droppedRefs = 0;
  for (const p of parsed) {
    for (const c of p.segment.comments) {
      if (c.parent !== null && !commentLines.has(c.parent)) {
        c.parent = null;
        droppedRefs++;
      }
      if (c.annotation !== null && !byId.has(c.annotation)) {
        c.annotation = null;
        droppedRefs++;
      }
    }
  }
  if (droppedLinks > 0) warnings.push(`${plural(droppedLinks, 'link')} pointed at annotations that are not in the file and ${droppedLinks === 1 ? 'was' : 'were'} left out`);
  if (droppedRefs > 0) warnings.push(`${plural(droppedRefs, 'comment reference')} to comments or annotations not in the file ${droppedRefs === 1 ? 'was' : 'were'} dropped (the comments are kept)`);
  if (guessedKinds > 0) warnings.push(`${plural(guessedKinds, 'link')} had no kind in the file; translation, target or attribution was inferred from the annotations`);
  return {
    document,
    scheme,
    segments: parsed.map((p) => p.segment).sort((a, b) => a.position - b.position),
    speakers: [...speakers.values()].map((s) => s.speaker),
    warnings,
  };
}

/** A comment in the order it can be written: its parent (as the file numbers it) written before it. */
export interface OrderedComment {
  comment: JsonlComment;
  /** The file id of the segment it belongs to. */
  segmentId: number;
  /** The parent to write it under: the file's, or null where a cycle of replies (a hand-edited file) was broken. */
  parent: number | null;
}

/**
 * Comments parents first, in one pass: file order wherever a parent already came, and a reply that
 * comes before its parent waits for it and follows it at once. Linear, iterative: a file whose
 * 60,000 replies come children-first (one long chain) costs no more than one in order. A cycle
 * of replies is broken at its first comment in the file, which starts a thread of its own.
 */
export function commentsParentsFirst(segments: readonly JsonlSegment[]): OrderedComment[] {
  const all = segments.flatMap((s) => s.comments.map((comment) => ({ comment, segmentId: s.id })));
  const ids = new Set(all.map((e) => e.comment.id));
  const waiting = new Map<number, (typeof all)[number][]>();
  const done = new Set<number>();
  const out: OrderedComment[] = [];
  const emit = (first: (typeof all)[number], parent: number | null): void => {
    const stack: { entry: (typeof all)[number]; parent: number | null }[] = [{ entry: first, parent }];
    while (stack.length > 0) {
      const { entry, parent: p } = stack.pop()!;
      if (done.has(entry.comment.id)) continue;
      done.add(entry.comment.id);
      out.push({ comment: entry.comment, segmentId: entry.segmentId, parent: p });
      const children = waiting.get(entry.comment.id);
      if (!children) continue;
      waiting.delete(entry.comment.id);
      for (let k = children.length - 1; k >= 0; k--) stack.push({ entry: children[k]!, parent: entry.comment.id });
    }
  };
  for (const entry of all) {
    const parent = entry.comment.parent;
    if (parent === null || !ids.has(parent) || done.has(parent)) emit(entry, parent !== null && ids.has(parent) ? parent : null);
    else {
      const list = waiting.get(parent);
      if (list) list.push(entry);
      else waiting.set(parent, [entry]);
    }
  }
  for (const entry of all) if (!done.has(entry.comment.id)) emit(entry, null);
  return out;
}

export const jsonlImporter: DocumentImporter = {
  kind: 'document',
  format: 'jsonl',
  label: 'Mizan JSONL',
  extensions: ['jsonl'],
  utf8Only: true,
  // Mizan's export: every line an object with "document" and "segment".
  sniff: ({ head }) => (head.startsWith('{') && /"document"\s*:/.test(head.slice(0, 4096)) && /"segment"\s*:/.test(head.slice(0, 4096)) ? 'sure' : null),
  parse: (text, name) => parseJsonl(text, name),
};
