// TMX 1.4b (and 1.1–1.4) import: one ImportedUnit per <tu>.
// - Source language: options.sourceLang, else <header srclang>; `*all*` or none is refused.
// - Target language: options.targetLang, else the first <tuv> language in the file that is not
//   the source. Languages match on the primary subtag (ar = ar-SY = ar_SY); every <tu> must have both.
// - <prop type="x-status"> → status (Mizan's words only, else null with a warning); <note> (of the
//   <tu> and its two <tuv>s) → notes; tuid → id (duplicates refused); <prop type="x-speaker"> (what
//   Mizan's TMX export writes per speaker of a segment) → speakers, in order, each name once.
// - An empty target <seg> is imported as untranslated (target ''), with a warning; an empty source is
//   refused. Text is kept exactly (NFC only); inline markup is flattened (see inline.ts).
import type { ImportedFile, ImportedUnit } from '../types.js';
import type { PairsImporter } from './importer.js';
import {
  clean,
  isBlank,
  mizanStatus,
  note,
  parseTmxDate,
  refuse,
  sameLanguage,
  stripBom,
  tidyTag,
  units,
  WarningCounter,
  were,
} from './common.js';
import { flattenInline } from './inline.js';
import { attr, childElements, firstChild, langAttr, parseXml, plainText, type XElement } from './xml.js';

export interface TmxOptions {
  sourceLang?: string;
  targetLang?: string;
}

export function checkLooksLikeXml(text: string, name: string, what: string): void {
  if (isBlank(text)) throw refuse(name, null, 'the file is empty');
  const first = text.trimStart()[0];
  if (first !== '<') throw refuse(name, 1, `this is not XML (it does not start with "<"), so it cannot be ${what}`);
}

export function parseTmx(text: string, name: string, options: TmxOptions = {}): ImportedFile {
  text = stripBom(text);
  checkLooksLikeXml(text, name, 'a TMX file');
  let sourceLang: string | null = options.sourceLang?.trim() || null;
  let targetLang: string | null = options.targetLang?.trim() || null;
  let srcResolved = false;
  let headerLine: number | null = null;
  let headerSrclang: string | undefined;
  const tuids = new Map<string, number>();
  const out: ImportedUnit[] = [];
  const warnings = new WarningCounter();
  const unknownStatuses = new Set<string>();

  const resolveSource = (line: number): string => {
    if (!srcResolved) {
      srcResolved = true;
      if (sourceLang === null) {
        if (headerLine === null) throw refuse(name, line, 'the file has no <header>, so the source language is unknown; pass the source language explicitly');
        if (headerSrclang === undefined || headerSrclang.trim() === '') {
          throw refuse(name, headerLine, '<header> has no srclang attribute, so the source language is unknown; pass the source language explicitly');
        }
        if (headerSrclang.trim() === '*all*') {
          throw refuse(name, headerLine, '<header srclang="*all*"> does not say which language is the source; pass the source language explicitly');
        }
        sourceLang = headerSrclang.trim();
      }
    }
    return sourceLang!;
  };

  const onTu = (tu: XElement): void => {
    const src = resolveSource(tu.line);
    const tuid = attr(tu, 'tuid');
    const label = tuid === undefined ? '<tu>' : `<tu tuid="${tuid}">`;
    if (tuid !== undefined) {
      const first = tuids.get(tuid);
      if (first !== undefined) throw refuse(name, tu.line, `duplicate tuid "${tuid}" (first used on line ${first})`);
      tuids.set(tuid, tu.line);
    }
    const tuvs = childElements(tu, 'tuv', '');
    const langs: string[] = [];
    for (const tuv of tuvs) {
      const lang = langAttr(tuv);
      if (lang === undefined || lang.trim() === '') throw refuse(name, tuv.line, `a <tuv> of ${label} has no xml:lang`);
      langs.push(lang);
    }
    const found = langs.length > 0 ? ` (it has ${langs.map((l) => `"${l}"`).join(', ')})` : ' (it has no <tuv>)';
    const srcIndex = langs.findIndex((l) => sameLanguage(l, src));
    if (srcIndex < 0) throw refuse(name, tu.line, `${label} has no <tuv xml:lang="${src}">${found}`);
    if (targetLang === null) {
      const other = langs.find((l) => !sameLanguage(l, src));
      if (other === undefined) throw refuse(name, tu.line, `${label} has no target <tuv>, only the source language "${src}"`);
      targetLang = tidyTag(other);
    }
    const tgt = targetLang;
    const tgtIndex = langs.findIndex((l) => sameLanguage(l, tgt));
    if (tgtIndex < 0) throw refuse(name, tu.line, `${label} has no <tuv xml:lang="${tgt}">${found}`);

    const segText = (tuv: XElement, side: string): string => {
      const seg = firstChild(tuv, 'seg', '');
      if (!seg) throw refuse(name, tuv.line, `the ${side} <tuv> of ${label} has no <seg>`);
      const flat = flattenInline(seg, 'tmx', '');
      if (flat.tags.length > 0) warnings.add('inline', tuid ?? `line ${tu.line}`, flat.tags.map((t) => `<${t}>`));
      if (flat.droppedSubText) warnings.add('sub', tuid ?? `line ${tu.line}`);
      return flat.text;
    };
    const srcTuv = tuvs[srcIndex]!;
    const tgtTuv = tuvs[tgtIndex]!;
    const source = segText(srcTuv, 'source');
    if (isBlank(source)) throw refuse(name, srcTuv.line, `${label} has an empty source <seg>`);
    let target = segText(tgtTuv, 'target');
    if (isBlank(target)) {
      target = '';
      warnings.add('emptyTarget', tuid ?? `line ${tu.line}`);
    }

    let status: ImportedUnit['status'] = null;
    const speakers: string[] = [];
    for (const prop of childElements(tu, 'prop', '')) {
      const type = (attr(prop, 'type') ?? '').toLowerCase();
      if (type === 'x-speaker') {
        const name = clean(plainText(prop)).trim();
        if (name !== '' && !speakers.includes(name)) speakers.push(name);
        continue;
      }
      if (type !== 'x-status') continue;
      const value = plainText(prop);
      const s = mizanStatus(value);
      if (s) status = s;
      else {
        unknownStatuses.add(value.trim());
        warnings.add('status', tuid ?? `line ${tu.line}`);
      }
    }
    const notes: ImportedUnit['notes'] = [];
    for (const holder of [tu, srcTuv, tgtTuv]) {
      for (const n of childElements(holder, 'note', '')) {
        const body = plainText(n);
        if (!isBlank(body)) notes.push(note(body));
      }
    }
    const changedBy = attr(tu, 'changeid') ?? attr(tu, 'creationid');
    out.push({
      id: tuid ?? null, source: clean(source), target: clean(target), status, notes,
      changedAt: parseTmxDate(attr(tu, 'changedate') ?? attr(tu, 'creationdate')),
      changedBy: changedBy && !isBlank(changedBy) ? clean(changedBy) : null,
      ...(speakers.length > 0 ? { speakers } : {}),
    });
  };

  parseXml(text, name, {
    open(el, parents) {
      if (parents.length === 0) {
        if (el.local !== 'tmx' || el.uri !== '') throw refuse(name, el.line, `the root element is <${el.name}>, not <tmx>, so this is not a TMX file`);
        return false;
      }
      if (el.local === 'header' && parents.length === 1) {
        headerLine = el.line;
        headerSrclang = attr(el, 'srclang');
        return false;
      }
      if (el.local === 'body' && parents.length === 1) {
        resolveSource(el.line);
        return false;
      }
      return el.local === 'tu' && parents[parents.length - 1]?.local === 'body';
    },
    captured: onTu,
  });

  if (out.length === 0) throw refuse(name, null, 'the file has no <tu> translation units');
  return {
    format: 'tmx',
    sourceLang: tidyTag(sourceLang ?? ''),
    targetLang,
    units: out,
    warnings: warnings.messages({
      inline: (n, tags) => `${units(n)} had inline markup (${tags.join(', ')}) flattened: tags and native codes removed, the text kept`,
      sub: (n) => `${units(n)} had <sub> text (a footnote or alt text inside an inline code) that was dropped with the code`,
      emptyTarget: (n) => `${units(n)} had an empty target <seg> and ${were(n)} imported as untranslated`,
      status: (n) => `${units(n)} had an x-status Mizan does not know (${[...unknownStatuses].map((s) => `"${s}"`).join(', ')}); their status was left unset`,
    }),
  };
}

export const tmxImporter: PairsImporter = {
  kind: 'pairs',
  format: 'tmx',
  label: 'TMX',
  extensions: ['tmx'],
  sniff: ({ root }) => (root?.local === 'tmx' ? 'sure' : null),
  parse: (text, name, options) => parseTmx(text, name, options.tmx),
};
