// XLIFF 1.2, XLIFF 2.0 (2.x) and SDL's .sdlxliff import.
//
// Version: the `version` attribute and the namespace must agree (1.2 namespace or none for 1.x;
// the 2.0 namespace for 2.x); anything else is refused.
//
// XLIFF 1.2: one ImportedUnit per <trans-unit> (at any depth, <group>s included), or — when its
// <seg-source> holds <mrk mtype="seg"> segments, as in every .sdlxliff — one per segment, with id
// "<trans-unit id>/<mrk mid>" and the target taken from the <target> <mrk> with the same mid.
// Languages from <file source-language/target-language>; a file without source-language is refused.
// State of <target> → status:
//   new → new                      needs-translation → new (draft when there is a target)
//   needs-adaptation, needs-l10n → draft
//   needs-review-translation → rejected (the translation was sent back)
//   needs-review-adaptation, needs-review-l10n → draft
//   translated → translated        signed-off → reviewed        final → approved
//   x-<Mizan status> (x-draft, x-rejected, …) → that status
//   no state: approved="yes" on the trans-unit → approved, otherwise null (the file does not say)
// .sdlxliff: <sdl:seg conf> of the segment wins: Draft → draft, Translated → translated,
//   RejectedTranslation/RejectedSignOff → rejected, ApprovedTranslation → reviewed,
//   ApprovedSignOff → approved; SDL comments (<mrk mtype="x-sdl-comment"> with <cmt-def>s in
//   <doc-info>) become notes with their user and date.
// <note from="…"> → note with that author.
//
// XLIFF 2.0: one ImportedUnit per <segment>; id = unit id, or "<unit id>/<segment id>" when the unit
// has several segments. srcLang is required. <segment state>: initial → new (draft when there is a
// target), translated → translated, reviewed → reviewed, final → approved; a subState whose value
// is a Mizan status ("mizan:rejected") wins. <notes><note> of the unit → notes (on its first segment).
//
// Everywhere: ids unique per <file> (duplicates refused; ids of several <file>s get "<file>:" in
// front); an empty <source> is refused; a source that is only inline codes is skipped with a warning;
// a missing or empty target is imported as untranslated. Text is kept exactly (NFC only); inline
// markup is flattened (inline.ts) and counted in a warning.
import type { SegmentStatus } from '../../model.js';
import type { ImportedFile, ImportedUnit } from '../types.js';
import {
  clean,
  isBlank,
  looksLikeLanguageTag,
  mizanStatus,
  note,
  parseDate,
  refuse,
  stripBom,
  tidyTag,
  units,
  WarningCounter,
  were,
} from './common.js';
import { xliffMajor, type PairsImporter, type SniffInput } from './importer.js';
import { flattenInline, isEmptyElement, SDL_NS, type Flattened, type InlineDialect } from './inline.js';
import { checkLooksLikeXml } from './tmx.js';
import { attr, childElements, firstChild, isElement, parseXml, plainText, type XElement } from './xml.js';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';

const STATE_12: Readonly<Record<string, SegmentStatus | 'new-or-draft'>> = {
  new: 'new',
  'needs-translation': 'new-or-draft',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  'needs-review-translation': 'rejected',
  'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'approved',
};

const STATE_2: Readonly<Record<string, SegmentStatus | 'new-or-draft'>> = {
  initial: 'new-or-draft',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'approved',
};

const SDL_CONF: Readonly<Record<string, SegmentStatus>> = {
  draft: 'draft',
  translated: 'translated',
  rejectedtranslation: 'rejected',
  approvedtranslation: 'reviewed',
  rejectedsignoff: 'rejected',
  approvedsignoff: 'approved',
  unspecified: 'new',
};

interface Pending {
  unit: ImportedUnit;
  file: string;
}

/** Which XLIFF a parsed root is, or a refusal. */
function xliffKind(root: XElement, name: string): 'xliff12' | 'xliff2' | 'sdlxliff' {
  if (root.local !== 'xliff') throw refuse(name, root.line, `the root element is <${root.name}>, not <xliff>, so this is not an XLIFF file`);
  const version = attr(root, 'version')?.trim();
  const ns = root.uri;
  if (ns !== '' && ns !== XLIFF12_NS && ns !== XLIFF2_NS) throw refuse(name, root.line, `<xliff> has the namespace "${ns}", which is not XLIFF 1.2 or 2.0`);
  let major: 1 | 2;
  if (version === undefined) {
    if (ns === '') throw refuse(name, root.line, '<xliff> has no version attribute and no XLIFF namespace, so its version is unknown');
    major = ns === XLIFF2_NS ? 2 : 1;
  } else if (/^1\.[0-2]$/.test(version)) major = 1;
  else if (/^2\.\d+$/.test(version)) major = 2;
  else throw refuse(name, root.line, `<xliff version="${version}"> is not a version Mizan reads (1.0–1.2, 2.x)`);
  if (major === 2 && ns !== XLIFF2_NS) {
    throw refuse(name, root.line, `<xliff version="${version}"> does not match its namespace ${ns === '' ? '(none)' : `"${ns}"`}; XLIFF 2 uses "${XLIFF2_NS}"`);
  }
  if (major === 1 && ns === XLIFF2_NS) {
    throw refuse(name, root.line, `<xliff version="${version}"> does not match its namespace "${ns}"; XLIFF 1.2 uses "${XLIFF12_NS}"`);
  }
  if (major === 2) return 'xliff2';
  const sdl = /\.sdlxliff$/i.test(name) || Object.values(root.ns).includes(SDL_NS);
  return sdl ? 'sdlxliff' : 'xliff12';
}

/** Descendant <mrk mtype="seg"> elements in document order (SDL nests them in <g> sometimes). */
function segmentMarkers(el: XElement, ns: string, out: XElement[] = []): XElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.uri === ns && c.local === 'mrk' && attr(c, 'mtype') === 'seg') out.push(c);
    else segmentMarkers(c, ns, out);
  }
  return out;
}

/** Non-blank text of `el` that is not inside any segment marker. */
function textOutsideSegments(el: XElement, ns: string): boolean {
  for (const c of el.children) {
    if (!isElement(c)) {
      if (c.trim() !== '') return true;
    } else if (!(c.uri === ns && c.local === 'mrk' && attr(c, 'mtype') === 'seg') && textOutsideSegments(c, ns)) {
      return true;
    }
  }
  return false;
}

export function parseXliff(text: string, name: string): ImportedFile {
  text = stripBom(text);
  checkLooksLikeXml(text, name, 'an XLIFF file');
  let format = 'xliff12' as 'xliff12' | 'xliff2' | 'sdlxliff';
  let ns = XLIFF12_NS;
  let sourceLang: string | null = null;
  let targetLang: string | null = null;
  let langsSet = false;
  const fileWarnings: string[] = [];
  const warnings = new WarningCounter();
  const unknownStates = new Set<string>();
  const pending: Pending[] = [];
  const files = new Set<string>();
  let fileKey = '';
  let fileIds = new Map<string, number>();
  const sdlComments = new Map<string, ImportedUnit['notes']>();

  const setLanguages = (src: string | undefined, tgt: string | undefined, line: number): void => {
    if (langsSet) return;
    langsSet = true;
    const check = (value: string | undefined, attrName: string): string | null => {
      if (value === undefined || value.trim() === '') return null;
      if (!looksLikeLanguageTag(value)) {
        fileWarnings.push(`${attrName}="${value}" (line ${line}) is not a language tag such as "ar" or "en-US"; it was ignored`);
        return null;
      }
      return tidyTag(value);
    };
    sourceLang = check(src, format === 'xliff2' ? 'srcLang' : 'source-language');
    targetLang = check(tgt, format === 'xliff2' ? 'trgLang' : 'target-language');
  };

  const dialect = (): InlineDialect => (format === 'xliff2' ? 'xliff2' : 'xliff12');
  const flat = (el: XElement, example: string): Flattened => {
    const f = flattenInline(el, dialect(), ns);
    if (f.tags.length > 0) warnings.add('inline', example, f.tags.map((t) => `<${t}>`));
    if (f.droppedSubText) warnings.add('sub', example);
    return f;
  };

  const checkId = (id: string | undefined, what: string, line: number): void => {
    if (id === undefined) return;
    const first = fileIds.get(id);
    if (first !== undefined) throw refuse(name, line, `duplicate ${what} id "${id}" (first used on line ${first})`);
    fileIds.set(id, line);
  };

  const push = (
    id: string | null,
    source: Flattened,
    target: Flattened | null,
    status: SegmentStatus | 'new-or-draft' | null,
    notes: ImportedUnit['notes'],
    example: string,
  ): void => {
    let tgt = target?.text ?? '';
    if (isBlank(tgt)) {
      tgt = '';
      warnings.add('untranslated', example);
    }
    const resolved: SegmentStatus | null = status === 'new-or-draft' ? (tgt === '' ? 'new' : 'draft') : status;
    const allNotes = [...notes];
    for (const cid of new Set([...source.commentIds, ...(target?.commentIds ?? [])])) allNotes.push(...(sdlComments.get(cid) ?? []));
    pending.push({ unit: { id, source: clean(source.text), target: clean(tgt), status: resolved, notes: allNotes }, file: fileKey });
  };

  /** Refuses an empty source; returns false (and counts it) for a source made of inline codes only. */
  const usableSource = (el: XElement, f: Flattened, label: string, example: string): boolean => {
    if (isEmptyElement(el)) throw refuse(name, el.line, `${label} has an empty <source>`);
    if (isBlank(f.text)) {
      warnings.add('codesOnly', example);
      return false;
    }
    return true;
  };

  const stateOf = (value: string | undefined, table: Readonly<Record<string, SegmentStatus | 'new-or-draft'>>, example: string) => {
    if (value === undefined || value.trim() === '') return undefined;
    const s = table[value.trim()] ?? mizanStatus(value);
    if (s === undefined) {
      unknownStates.add(value.trim());
      warnings.add('state', example);
      return null;
    }
    return s;
  };

  const notesOf12 = (tu: XElement): ImportedUnit['notes'] =>
    childElements(tu, 'note', ns)
      .filter((n) => !isBlank(plainText(n)))
      .map((n) => note(plainText(n), attr(n, 'from') ?? null));

  const onTransUnit = (tu: XElement): void => {
    const id = attr(tu, 'id');
    const label = id === undefined ? '<trans-unit>' : `<trans-unit id="${id}">`;
    const example = id ?? `line ${tu.line}`;
    checkId(id, '<trans-unit>', tu.line);
    const target = firstChild(tu, 'target', ns);
    const unitState = stateOf(target ? attr(target, 'state') : undefined, STATE_12, example);
    const status = unitState !== undefined ? unitState : attr(tu, 'approved') === 'yes' ? 'approved' : null;
    const notes = notesOf12(tu);
    const segSource = firstChild(tu, 'seg-source', ns);
    const markers = segSource ? segmentMarkers(segSource, ns) : [];

    if (markers.length === 0) {
      if (format === 'sdlxliff' && attr(tu, 'translate') === 'no') return; // SDL structure (tags between paragraphs)
      const source = firstChild(tu, 'source', ns);
      if (!source) throw refuse(name, tu.line, `${label} has no <source>`);
      const src = flat(source, example);
      if (!usableSource(source, src, label, example)) return;
      push(id ?? null, src, target ? flat(target, example) : null, status, notes, example);
      return;
    }

    // Segmented: one unit per <mrk mtype="seg">.
    if (textOutsideSegments(segSource!, ns)) warnings.add('outside', example);
    const targets = new Map<string, XElement>();
    if (target) for (const m of segmentMarkers(target, ns)) targets.set(attr(m, 'mid') ?? '', m);
    const confs = new Map<string, string>();
    for (const defs of childElements(tu, 'seg-defs', SDL_NS)) {
      for (const seg of childElements(defs, 'seg', SDL_NS)) confs.set(attr(seg, 'id') ?? '', attr(seg, 'conf') ?? '');
    }
    const mids = new Set<string>();
    markers.forEach((m, i) => {
      const mid = attr(m, 'mid') ?? String(i + 1);
      const segLabel = `segment mid="${mid}" of ${label}`;
      const segExample = `${example}/${mid}`;
      if (mids.has(mid)) throw refuse(name, m.line, `duplicate segment mid "${mid}" in ${label}`);
      mids.add(mid);
      const src = flat(m, segExample);
      if (!usableSource(m, src, segLabel, segExample)) return;
      const tm = targets.get(mid);
      let segStatus: SegmentStatus | 'new-or-draft' | null = status;
      const conf = confs.get(mid);
      if (conf !== undefined && conf !== '') {
        const s = SDL_CONF[conf.toLowerCase()];
        if (s) segStatus = s;
        else {
          unknownStates.add(conf);
          warnings.add('state', segExample);
          segStatus = null;
        }
      }
      push(id === undefined ? mid : `${id}/${mid}`, src, tm ? flat(tm, segExample) : null, segStatus, i === 0 ? notes : [], segExample);
    });
  };

  const onUnit2 = (unit: XElement): void => {
    const id = attr(unit, 'id');
    const label = id === undefined ? '<unit>' : `<unit id="${id}">`;
    checkId(id, '<unit>', unit.line);
    const notes: ImportedUnit['notes'] = [];
    for (const holder of childElements(unit, 'notes', ns)) {
      for (const n of childElements(holder, 'note', ns)) {
        if (!isBlank(plainText(n))) notes.push(note(plainText(n), attr(n, 'from') ?? null));
      }
    }
    const segments = childElements(unit, 'segment', ns);
    for (const ig of childElements(unit, 'ignorable', ns)) {
      const src = firstChild(ig, 'source', ns);
      if (src && !isBlank(plainText(src))) warnings.add('ignorable', id ?? `line ${unit.line}`);
    }
    const segIds = new Set<string>();
    let first = true;
    segments.forEach((seg, i) => {
      const segId = attr(seg, 'id');
      if (segId !== undefined) {
        if (segIds.has(segId)) throw refuse(name, seg.line, `duplicate <segment> id "${segId}" in ${label}`);
        segIds.add(segId);
      }
      const unitId = segments.length === 1 ? (id ?? null) : `${id ?? ''}/${segId ?? String(i + 1)}`;
      const example = unitId ?? `line ${seg.line}`;
      const source = firstChild(seg, 'source', ns);
      const segLabel = segments.length === 1 ? label : `<segment${segId === undefined ? '' : ` id="${segId}"`}> of ${label}`;
      if (!source) throw refuse(name, seg.line, `${segLabel} has no <source>`);
      const src = flat(source, example);
      if (!usableSource(source, src, segLabel, example)) return;
      const target = firstChild(seg, 'target', ns);
      let status = stateOf(attr(seg, 'state'), STATE_2, example) ?? null;
      const sub = attr(seg, 'subState');
      const subStatus = sub === undefined ? undefined : mizanStatus(sub.slice(sub.indexOf(':') + 1));
      if (subStatus) status = subStatus;
      push(unitId, src, target ? flat(target, example) : null, status, first ? notes : [], example);
      first = false;
    });
    if (segments.length === 0) throw refuse(name, unit.line, `${label} has no <segment>`);
  };

  const onCommentDefs = (defs: XElement): void => {
    for (const def of childElements(defs, 'cmt-def', SDL_NS)) {
      const id = attr(def, 'id');
      if (id === undefined) continue;
      const list: ImportedUnit['notes'] = [];
      const visit = (el: XElement): void => {
        for (const c of el.children) {
          if (!isElement(c)) continue;
          if (c.local === 'Comment') {
            const body = plainText(c);
            if (!isBlank(body)) list.push(note(body, attr(c, 'user') ?? null, parseDate(attr(c, 'date'))));
          } else visit(c);
        }
      };
      visit(def);
      sdlComments.set(id, list);
    }
  };

  parseXml(text, name, {
    open(el, parents) {
      if (parents.length === 0) {
        format = xliffKind(el, name);
        ns = el.uri;
        if (format === 'xliff2') {
          const src = attr(el, 'srcLang');
          if (src === undefined || src.trim() === '') throw refuse(name, el.line, '<xliff> has no srcLang attribute, so the source language is unknown');
          setLanguages(src, attr(el, 'trgLang'), el.line);
        }
        return false;
      }
      if (el.uri === SDL_NS && el.local === 'cmt-defs') return true;
      if (el.uri !== ns) return false;
      if (el.local === 'file') {
        fileKey = attr(el, 'id') ?? attr(el, 'original') ?? String(files.size + 1);
        if (files.has(fileKey)) fileKey = `${fileKey}#${files.size + 1}`;
        files.add(fileKey);
        fileIds = new Map();
        if (format !== 'xliff2') {
          const src = attr(el, 'source-language');
          if (src === undefined || src.trim() === '') throw refuse(name, el.line, '<file> has no source-language attribute, so the source language is unknown');
          setLanguages(src, attr(el, 'target-language'), el.line);
        }
        return false;
      }
      if (format === 'xliff2') return el.local === 'unit';
      return el.local === 'trans-unit';
    },
    captured(el) {
      if (el.uri === SDL_NS) onCommentDefs(el);
      else if (format === 'xliff2') onUnit2(el);
      else onTransUnit(el);
    },
  });

  if (pending.length === 0) throw refuse(name, null, `the file has no translation units (${format === 'xliff2' ? '<unit>' : '<trans-unit>'} with text)`);
  const several = files.size > 1;
  return {
    format,
    sourceLang,
    targetLang,
    units: pending.map(({ unit, file }) => (several && unit.id !== null ? { ...unit, id: `${file}:${unit.id}` } : unit)),
    warnings: [
      ...fileWarnings,
      ...warnings.messages({
        inline: (n, tags) => `${units(n)} had inline markup (${tags.join(', ')}) flattened: tags and native codes removed, the text kept`,
        sub: (n) => `${units(n)} had <sub> text (a footnote or alt text inside an inline code) that was dropped with the code`,
        untranslated: (n) => `${units(n)} had no target text and ${were(n)} imported as untranslated`,
        codesOnly: (n) => `${units(n)} had a source made only of inline codes, with no text, and ${were(n)} skipped`,
        outside: (n) => `${units(n)} had text in <seg-source> outside the <mrk mtype="seg"> segments, which was not imported`,
        ignorable: (n) => `${units(n)} had <ignorable> text between segments, which was not imported`,
        state: (n) => `${units(n)} had a state Mizan does not know (${[...unknownStates].map((s) => `"${s}"`).join(', ')}); their status was left unset`,
      }),
    ],
  };
}

const isXliff = (input: SniffInput, major: 1 | 2): boolean => input.root?.local === 'xliff' && xliffMajor(input.root.tag) === major;

/** Order matters in the registry: XLIFF 2 and SDL's dialect are recognised before plain XLIFF 1.2. */
export const xliff2Importer: PairsImporter = {
  kind: 'pairs',
  format: 'xliff2',
  label: 'XLIFF 2.0',
  extensions: [],
  sniff: (input) => (isXliff(input, 2) ? 'sure' : null),
  parse: (text, name) => parseXliff(text, name),
};

export const sdlxliffImporter: PairsImporter = {
  kind: 'pairs',
  format: 'sdlxliff',
  label: 'SDLXLIFF (Trados)',
  extensions: ['sdlxliff'],
  sniff: (input) => (isXliff(input, 1) && (input.extension === 'sdlxliff' || input.root!.tag.includes(SDL_NS)) ? 'sure' : null),
  parse: (text, name) => parseXliff(text, name),
};

export const xliff12Importer: PairsImporter = {
  kind: 'pairs',
  format: 'xliff12',
  label: 'XLIFF 1.2',
  extensions: ['xlf', 'xliff'],
  sniff: (input) => (isXliff(input, 1) ? 'sure' : null),
  parse: (text, name) => parseXliff(text, name),
};
