import type { Exporter } from '../types.js';

/**
 * One JSON object per segment with the keys of DESIGN.md. Annotation offsets are UTF-16 code units
 * into the stored (NFC) text, end exclusive; every object says so in "offsets", and `text` is
 * exactly that slice.
 */
export const jsonlExporter: Exporter = {
  format: 'jsonl',
  extension: 'jsonl',
  label: 'JSONL',
  export(doc, segments, speakers, write) {
    const document = { id: doc.id, title: doc.title, source_lang: doc.sourceLang, target_lang: doc.targetLang };
    let units = 0;
    for (const s of segments) {
      units++;
      const annotations = s.annotations.map((a) => {
        const text = a.side === 'segment' || a.start === null || a.end === null ? null : (a.side === 'source' ? s.source : s.target).slice(a.start, a.end);
        const sp = a.speakerId === null ? undefined : speakers.get(a.speakerId);
        return {
          id: a.id, layer: a.layer, side: a.side, start: a.start, end: a.end, text, label: a.label,
          speaker: sp ? { id: sp.id, name_source: sp.nameSource, name_target: sp.nameTarget, kind: sp.kind, role: sp.role, organisation: sp.organisation } : null,
          attrs: a.attrs, links: a.links,
        };
      });
      const comments = s.comments.map((c) => ({
        id: c.id, parent: c.parent, annotation: c.annotation, author: c.author, body: c.body, created_at: c.createdAt, resolved_at: c.resolvedAt,
      }));
      write(`${JSON.stringify({
        document,
        segment: { id: s.id, position: s.position, paragraph: s.paragraph, status: s.status },
        source: s.source,
        target: s.target,
        do_not_translate: s.doNotTranslate,
        offsets: 'utf16-code-units, end-exclusive, NFC',
        annotations,
        comments,
      })}\n`);
    }
    return { units, skipped: 0, warnings: [] };
  },
};
