// Side-by-side HTML export: one self-contained, print-ready HTML5 page.
// - <html lang="{target}">; a table with one row per segment (every segment), columns in the app's
//   order: number, the English (<td dir="ltr" lang="en">), the Arabic (<td dir="rtl" lang="ar">), then status, speakers and the
//   comment thread. Do-not-translate rows are greyed, untranslated ones marked "not translated yet".
// - Fonts are referenced relative to the export folder (fonts/noto-naskh-arabic-arabic-400-normal.woff2
//   …; the export service copies them next to the file) with system fallbacks; no remote URL anywhere,
//   and a Content-Security-Policy that allows no script and no network.
// - Every piece of text — titles, segments, names, comments — goes through escapeHtml (& < > " '),
//   so `<script>` in a segment is shown as text. Line breaks and runs of spaces are kept
//   (white-space: pre-wrap). C0 control characters, which HTML cannot show, are displayed as their
//   visible Unicode "control picture" (␁ for U+0001) in a marked <span>; lone surrogates as U+FFFD.
//   Both are counted in a warning. RLM/LRM stay as they are.
// - The markup is also well-formed XML (polyglot: void elements self-closed), so XML tools can read it.
// - @media print: A4 margins, rows not split across pages, the header row repeated on each page.
import { STATUS_LABELS } from '../../model.js';
import type { ExportSegment, ExportSpeaker, Exporter } from '../types.js';
import { EXPORT_FORMAT_INFO } from '../types.js';
import { isoDate, listIds, plural, segmentSpeakers, speakerName } from './text.js';

export const HTML_FONT_FILES = [
  'noto-naskh-arabic-arabic-400-normal.woff2',
  'noto-naskh-arabic-arabic-700-normal.woff2',
  'noto-sans-latin-400-normal.woff2',
  'noto-sans-latin-600-normal.woff2',
  'noto-sans-latin-ext-400-normal.woff2',
] as const;


const STYLE = `
@font-face { font-family: 'Mizan Naskh'; src: url('fonts/noto-naskh-arabic-arabic-400-normal.woff2') format('woff2'); font-weight: 400; font-display: swap; }
@font-face { font-family: 'Mizan Naskh'; src: url('fonts/noto-naskh-arabic-arabic-700-normal.woff2') format('woff2'); font-weight: 700; font-display: swap; }
@font-face { font-family: 'Mizan Sans'; src: url('fonts/noto-sans-latin-400-normal.woff2') format('woff2'); font-weight: 400; font-display: swap; }
@font-face { font-family: 'Mizan Sans'; src: url('fonts/noto-sans-latin-600-normal.woff2') format('woff2'); font-weight: 600; font-display: swap; }
@font-face { font-family: 'Mizan Sans'; src: url('fonts/noto-sans-latin-ext-400-normal.woff2') format('woff2'); font-weight: 400; font-display: swap;
  unicode-range: U+0100-02AF, U+1E00-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF; }
:root { color-scheme: light; }
body { font-family: 'Mizan Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif; margin: 2rem; color: #1d1d1b; font-size: 11pt; }
h1 { font-size: 1.4rem; margin: 0 0 0.3rem; }
.meta { color: #555; font-size: 0.85rem; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #ccc; padding: 0.45rem 0.5rem; vertical-align: top; }
th { text-align: start; font-weight: 600; background: #f3f3f1; }
th.num, td.num { width: 2.5rem; color: #666; font-size: 0.8rem; }
th.info, td.info { width: 22%; font-size: 0.8rem; color: #444; }
td.ar, td.en { white-space: pre-wrap; overflow-wrap: anywhere; }
td.ar, th.ar { font-family: 'Mizan Naskh', 'Noto Naskh Arabic', 'Amiri', 'Traditional Arabic', 'Arial', serif; font-size: 1.2em; line-height: 2; text-align: right; }
td.en { line-height: 1.55; }
.status { display: inline-block; padding: 0 0.35rem; border: 1px solid #999; border-radius: 0.25rem; font-size: 0.75rem; }
.status-approved, .status-reviewed { border-color: #2f7d32; color: #2f7d32; }
.status-rejected { border-color: #b3261e; color: #b3261e; }
.speakers { margin-top: 0.3rem; }
.comments { list-style: none; margin: 0.3rem 0 0; padding: 0; }
.comments li { margin-top: 0.25rem; border-inline-start: 3px solid #ddd; padding-inline-start: 0.4rem; white-space: pre-wrap; }
.comments li.reply { margin-inline-start: 0.8rem; }
.comments li.resolved { color: #777; }
.author { font-weight: 600; }
.qa { list-style: none; margin: 0.3rem 0 0; padding: 0; }
.qa li { margin-top: 0.2rem; unicode-bidi: plaintext; }
.qa-severity { font-size: 0.7rem; border: 1px solid; border-radius: 0.25rem; padding: 0 0.25rem; }
.qa-error .qa-severity { color: #b3261e; } .qa-warning .qa-severity { color: #8a5a00; }
.qa-check { color: #777; font-size: 0.7rem; }
.missing { color: #999; font-style: italic; }
.ctl { color: #b3261e; border: 1px dotted #b3261e; }
tr.dnt td.ar, tr.dnt td.en { color: #888; }
@page { size: A4; margin: 1.5cm; }
@media print {
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th { background: none; }
}
`;

const HTML_SPECIAL = /[&<>"']/;

/** Escapes & < > " ' for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;'));
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;

/** The visible stand-in for a control character: U+2400 + code (U+2421 for DEL), U+FFFD for a lone surrogate. */
export function controlPicture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xd800) return '\uFFFD';
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
}

export const htmlExporter: Exporter = {
  format: 'html',
  extension: EXPORT_FORMAT_INFO.html.extension,
  label: EXPORT_FORMAT_INFO.html.label,
  options: EXPORT_FORMAT_INFO.html.options,
  // The page refers to fonts/…; the licences travel with them.
  companions: { folder: 'fonts', files: [...HTML_FONT_FILES, 'OFL-noto-naskh-arabic.txt', 'OFL-noto-sans.txt'] },
  async export(doc, segments, speakers, write, options) {
    let shown = 0;
    const withControls: number[] = [];
    let current = -1;
    /** Escaped text; control characters become visible pictures, counted. */
    const t = (text: string): string => {
      if (!UNSHOWABLE_TEST.test(text)) return escapeHtml(text);
      let out = '';
      let last = 0;
      for (const m of text.matchAll(UNSHOWABLE)) {
        shown++;
        if (withControls[withControls.length - 1] !== current && current >= 0) withControls.push(current);
        const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        out += `${escapeHtml(text.slice(last, m.index))}<span class="ctl" title="${code}">${controlPicture(m[0])}</span>`;
        last = m.index + m[0].length;
      }
      return out + escapeHtml(text.slice(last));
    };
    const src = t(doc.sourceLang);
    const trg = t(doc.targetLang);
    write(
      `<!DOCTYPE html>\n<html lang="${trg}" dir="ltr">\n<head>\n<meta charset="utf-8"/>\n` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self' file:; img-src 'none'"/>\n` +
        `<meta name="generator" content="${t(options.tool ? `${options.tool.name} ${options.tool.version}` : 'Mizan')}"/>\n` +
        `<title>${t(doc.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
        `<h1>${t(doc.title)}</h1>\n` +
        `<p class="meta">${t(`${doc.sourceName ?? ''}${doc.sourceName ? ' · ' : ''}${doc.sourceLang} → ${doc.targetLang} · exported ${isoDate(options.now ?? doc.updatedAt)}`)}</p>\n` +
        `<table>\n<thead><tr><th class="num">#</th><th class="en">English</th><th class="ar" dir="rtl" lang="${src}">العربية</th><th class="info">Status and notes</th></tr></thead>\n<tbody>\n`,
    );
    let units = 0;
    for await (const s of segments) {
      current = s.id;
      units++;
      write(row(s, speakers, t, src, trg));
    }
    current = -1;
    write('</tbody>\n</table>\n</body>\n</html>\n');
    const warnings = shown
      ? [`${plural(shown, 'control character')} that HTML cannot display ${shown === 1 ? 'is' : 'are'} shown as a symbol (␁, ␋ …), in segment${withControls.length === 1 ? '' : 's'} ${listIds(withControls)}`]
      : [];
    return { units, skipped: 0, warnings };
  },
};

function row(s: ExportSegment, speakers: ReadonlyMap<number, ExportSpeaker>, t: (text: string) => string, src: string, trg: string): string {
  const target = s.target === '' ? `<span class="missing">${s.doNotTranslate ? 'do not translate' : 'not translated yet'}</span>` : t(s.target);
  let info = `<span class="status status-${s.status}">${STATUS_LABELS[s.status]}</span>${s.doNotTranslate ? ' <span class="status">Do not translate</span>' : ''}`;
  const found = segmentSpeakers(s, speakers);
  if (found.length > 0) info += `<div class="speakers">Speaker${found.length === 1 ? '' : 's'}: ${found.map((sp) => t(speakerName(sp))).join(', ')}</div>`;
  if (s.comments.length > 0) {
    info += '<ul class="comments">';
    for (const c of s.comments) {
      const cls = [c.parent !== null ? 'reply' : '', c.resolvedAt !== null ? 'resolved' : ''].filter(Boolean).join(' ');
      info += `<li${cls ? ` class="${cls}"` : ''}><span class="author">${t(c.author)}</span>: ${t(c.body)}${c.resolvedAt !== null ? ' <span class="resolved-mark">(resolved)</span>' : ''}</li>`;
    }
    info += '</ul>';
  }
  if (s.qa && s.qa.length > 0) {
    info += '<ul class="qa">';
    for (const f of s.qa) info += `<li class="qa-${f.severity}"><span class="qa-severity">${f.severity}</span> ${t(f.message)} <span class="qa-check">${t(f.check)}</span></li>`;
    info += '</ul>';
  }
  return (
    `<tr id="s${s.id}"${s.doNotTranslate ? ' class="dnt"' : ''}><td class="num">${s.position + 1}</td>` +
    `<td class="en" dir="ltr" lang="${trg}">${target}</td>` +
    `<td class="ar" dir="rtl" lang="${src}">${t(s.source)}</td>` +
    `<td class="info">${info}</td></tr>\n`
  );
}
