import { describe, expect, it } from 'vitest';
import { HTML_FONT_FILES, escapeHtml } from '../../../../../src/core/formats/export/html.js';
import type { XNode } from './fixture.js';
import { DOC, SEGMENTS, byId, child, descendants, parseXml, runExport } from './fixture.js';

/** Text content, with the control-character pictures turned back into the characters (their title says which). */
function content(node: XNode | undefined): string {
  if (!node) return '';
  return node.children
    .map((c) => (typeof c === 'string' ? c : c.attrs.class === 'ctl' ? String.fromCharCode(parseInt((c.attrs.title ?? '').slice(2), 16)) : content(c)))
    .join('');
}

const lf = (t: string) => t.replace(/\r\n?/g, '\n');

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'ul', 'li']);

describe('HTML export', async () => {
  const { text, chunks, report } = await runExport('html');
  // The page is polyglot markup, so an XML parser reads it exactly.
  const html = parseXml(text);
  const rows = descendants(child(html, 'body')!, 'tr').slice(1);
  const cell = (row: XNode, cls: string) => descendants(row, 'td').find((td) => td.attrs.class === cls);

  it('is an HTML5 page in English with one row per segment, streamed row by row', async () => {
    expect(text.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(rows).toHaveLength(SEGMENTS.length);
    expect(chunks).toHaveLength(SEGMENTS.length + 2);
    expect(report.units).toBe(SEGMENTS.length);
    expect(report.skipped).toBe(0);
  });

  it('puts the columns in the same order as the app: number, English on the left, Arabic on the right, then notes', () => {
    const header = descendants(child(html, 'body')!, 'tr')[0]!;
    expect(descendants(header, 'th').map((th) => th.attrs.class)).toEqual(['num', 'en', 'ar', 'info']);
    for (const row of rows) expect(descendants(row, 'td').map((td) => td.attrs.class)).toEqual(['num', 'en', 'ar', 'info']);
  });

  it('never turns text into markup: only our own tags, no <script>, no event handlers, no remote URLs', async () => {
    const tags = [...text.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/\son[a-z]+=/i);
    expect(text).not.toMatch(/(https?:)?\/\/[a-z]/i);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;');
    expect(content(child(child(html, 'head')!, 'title'))).toBe(DOC.title);
  });

  it.each(SEGMENTS.map((s, i) => [s.id, s, i] as const))('segment %i: the Arabic (rtl) and English cells hold the exact texts', async (id, s, i) => {
    const row = rows[i]!;
    expect(row.attrs.id).toBe(`s${id}`);
    const ar = cell(row, 'ar')!;
    expect(ar.attrs).toMatchObject({ dir: 'rtl', lang: 'ar' });
    // HTML (like a browser) reads CR LF as LF; a line break stays a line break (white-space: pre-wrap).
    expect(content(ar)).toBe(lf(s.source));
    const en = cell(row, 'en')!;
    expect(en.attrs).toMatchObject({ dir: 'ltr', lang: 'en' });
    if (s.target === '') expect(content(en)).toBe(s.doNotTranslate ? 'do not translate' : 'not translated yet');
    else expect(content(en)).toBe(lf(s.target));
    expect(content(cell(row, 'info'))).toContain(s.status[0]!.toUpperCase() + s.status.slice(1));
  });

  it('shows speakers and the comment thread, replies and resolved ones marked', async () => {
    const info = cell(rows[0]!, 'info')!;
    expect(content(info)).toContain('Speakers: John Kirby, مصدر <مطلع>');
    const items = descendants(info, 'li');
    expect(items.map((li) => [li.attrs.class ?? '', content(li)])).toEqual([
      ['', 'Reviewer: Check "difficult" & <tone>'],
      ['reply', 'Translator: Kept — matches «صعب».'],
      ['resolved', 'مراجع: Name spelled per the ministry. (resolved)'],
    ]);
    expect(rows[4]!.attrs.class).toBe('dnt');
  });

  it('shows control characters as visible symbols and reports them', async () => {
    expect(text).toContain('ضبط<span class="ctl" title="U+0001">␁</span> التحكم');
    expect(report.warnings).toEqual(['2 control characters that HTML cannot display are shown as a symbol (␁, ␋ …), in segment 103']);
  });

  it('refers to the fonts in the export folder, with system fallbacks, and has print styles', async () => {
    for (const f of HTML_FONT_FILES) expect(text).toContain(`url('fonts/${f}') format('woff2')`);
    expect(text).toContain("'Noto Naskh Arabic'");
    expect(text).toContain('@media print');
    expect(text).toContain('break-inside: avoid');
  });

  it('escapes the five HTML specials', async () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(byId(101).source).toContain('\u200F');
    expect(text).toContain('\u200F');
  });
});
