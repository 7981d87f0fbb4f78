import type { Exporter } from '../types.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;'));

const STYLE = `
@font-face { font-family: 'Noto Naskh Arabic'; src: url('fonts/noto-naskh-arabic-arabic-400-normal.woff2') format('woff2'); font-weight: 400; }
@font-face { font-family: 'Noto Naskh Arabic'; src: url('fonts/noto-naskh-arabic-arabic-700-normal.woff2') format('woff2'); font-weight: 700; }
@font-face { font-family: 'Noto Sans'; src: url('fonts/noto-sans-latin-400-normal.woff2') format('woff2'); }
body { font-family: 'Noto Sans', 'Segoe UI', sans-serif; margin: 2rem; color: #1d1d1b; }
h1 { font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 0.5rem; vertical-align: top; text-align: start; }
td.num { color: #666; width: 2.5rem; font-size: 0.8rem; }
td.ar { font-family: 'Noto Naskh Arabic', 'Amiri', serif; font-size: 1.15rem; line-height: 1.9; width: 46%; }
td.en { width: 46%; line-height: 1.6; }
.status { font-size: 0.75rem; color: #555; display: block; }
.comment { font-size: 0.8rem; color: #444; margin-top: 0.3rem; border-left: 3px solid #ddd; padding-left: 0.4rem; }
tr.dnt td { color: #888; }
@media print { body { margin: 1cm; } tr { break-inside: avoid; } }
`;

/** Side-by-side, print-ready HTML; every text is escaped, fonts come from the export folder. */
export const htmlExporter: Exporter = {
  format: 'html',
  extension: 'html',
  label: 'HTML',
  export(doc, segments, _speakers, write) {
    write(
      `<!doctype html>\n<html lang="${escapeHtml(doc.targetLang)}">\n<head>\n<meta charset="utf-8">\n` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self'">\n` +
        `<title>${escapeHtml(doc.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${escapeHtml(doc.title)}</h1>\n` +
        `<table>\n<thead><tr><th>#</th><th lang="${escapeHtml(doc.targetLang)}">English</th><th dir="rtl" lang="${escapeHtml(doc.sourceLang)}">العربية</th></tr></thead>\n<tbody>\n`,
    );
    let units = 0;
    for (const s of segments) {
      units++;
      const comments = s.comments.map((c) => `<div class="comment">${escapeHtml(`${c.author}: ${c.body}`)}${c.resolvedAt !== null ? ' ✓' : ''}</div>`).join('');
      write(
        `<tr${s.doNotTranslate ? ' class="dnt"' : ''}><td class="num">${s.position + 1}</td>` +
          `<td class="en" dir="auto">${escapeHtml(s.target)}<span class="status">${s.status}${s.doNotTranslate ? ' · not translated' : ''}</span>${comments}</td>` +
          `<td class="ar" dir="rtl" lang="${escapeHtml(doc.sourceLang)}">${escapeHtml(s.source)}</td></tr>\n`,
      );
    }
    write('</tbody>\n</table>\n</body>\n</html>\n');
    return { units, skipped: 0, warnings: [] };
  },
};
