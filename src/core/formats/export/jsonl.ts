// JSONL export: one JSON object per segment (every segment), with the keys other tools rely on:
//   {"document": {id, title, source_lang, target_lang},
//    "segment": {id, position, paragraph, status},
//    "source", "target", "do_not_translate",
//    "offsets": "utf16-code-units, end-exclusive, NFC",
//    "annotation_scheme": {version, layers: [...]}   (first line only: layers, labels, attributes, colours, link rules)
//    "annotations": [{id, layer, side, start, end, text, label,
//                     speaker: {id, name_source, name_target, kind, role, organisation} | null,
//                     attrs, links, link_kinds, author, flagged, created_at}],
//    (link_kinds runs parallel to links: translation | attribution | target)
//    "comments": [{id, parent, annotation, author, body, created_at, resolved_at}]}
// The offset convention is repeated in every object (not only the first line) so each line stands
// alone — a sampled, filtered or shuffled line still says how to read its spans.
// start/end are UTF-16 code units into the stored NFC text, end exclusive (JavaScript's
// String.slice; Python users: s.encode('utf-16-le')[2*start:2*end].decode('utf-16-le')); `text` is
// exactly that slice; a side "segment" annotation has start/end/text null. Dates are epoch millis.
// Everything is kept exactly (JSON escapes control characters); U+0085, U+2028 and U+2029 are also
// written as \u escapes so no line-splitting reader (Python's str.splitlines) breaks a line.
import type { ExportAnnotation, ExportSegment, ExportSpeaker, Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO } from '../types.js';
import { listIds, plural } from './text.js';

export const JSONL_OFFSETS = 'utf16-code-units, end-exclusive, NFC';

function annotationJson(a: ExportAnnotation, s: ExportSegment, speakers: ReadonlyMap<number, ExportSpeaker>, bad: number[]) {
  let text: string | null = null;
  if (a.side !== 'segment' && a.start !== null && a.end !== null) {
    const base = a.side === 'source' ? s.source : s.target;
    if (a.start < 0 || a.end > base.length || a.start > a.end) bad.push(a.id);
    text = base.slice(a.start, a.end);
  }
  const sp = a.speakerId === null ? undefined : speakers.get(a.speakerId);
  return {
    id: a.id,
    layer: a.layer,
    side: a.side,
    start: a.start,
    end: a.end,
    text,
    label: a.label,
    speaker: sp ? { id: sp.id, name_source: sp.nameSource, name_target: sp.nameTarget, kind: sp.kind, role: sp.role, organisation: sp.organisation } : null,
    attrs: a.attrs,
    links: a.links,
    ...(a.linkKinds ? { link_kinds: a.linkKinds } : {}),
    ...(a.author !== undefined ? { author: a.author } : {}),
    ...(a.flagged !== undefined ? { flagged: a.flagged } : {}),
    ...(a.createdAt !== undefined ? { created_at: a.createdAt } : {}),
  };
}

export const jsonlExporter: Exporter = {
  format: 'jsonl',
  extension: EXPORT_FORMAT_INFO.jsonl.extension,
  label: EXPORT_FORMAT_INFO.jsonl.label,
  options: EXPORT_FORMAT_INFO.jsonl.options,
  async export(doc, segments, speakers, write) {
    const document = { id: doc.id, title: doc.title, source_lang: doc.sourceLang, target_lang: doc.targetLang };
    const bad: number[] = [];
    let units = 0;
    for await (const s of segments) {
      units++;
      const line = JSON.stringify({
        document,
        // The scheme the annotations follow, once: on the first line.
        ...(units === 1 && doc.scheme ? { annotation_scheme: doc.scheme } : {}),
        segment: { id: s.id, position: s.position, paragraph: s.paragraph, status: s.status },
        source: s.source,
        target: s.target,
        do_not_translate: s.doNotTranslate,
        // Pre-translated from the TM: where from, and the match's score.
        ...(s.match ? { match: { origin: s.match.origin, score: s.match.score } } : {}),
        offsets: JSONL_OFFSETS,
        annotations: s.annotations.map((a) => annotationJson(a, s, speakers, bad)),
        comments: s.comments.map((c) => ({
          id: c.id,
          parent: c.parent,
          annotation: c.annotation,
          author: c.author,
          body: c.body,
          created_at: c.createdAt,
          resolved_at: c.resolvedAt,
        })),
      });
      write(`${/[\u0085\u2028\u2029]/.test(line) ? line.replace(/[\u0085\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : line}\n`);
    }
    const warnings = bad.length ? [`${plural(bad.length, 'annotation')} (${listIds(bad)}) ha${bad.length === 1 ? 's' : 've'} offsets outside its text; "text" is the part inside`] : [];
    return { units, skipped: 0, warnings };
  },
};
