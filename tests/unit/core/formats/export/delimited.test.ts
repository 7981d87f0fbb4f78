import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DELIMITED_COLUMNS } from '../../../../../src/core/formats/export/delimited.js';
import { SEGMENTS, runExport } from './fixture.js';

describe.each([
  ['csv', ','],
  ['tsv', '\t'],
] as const)('%s export', async (format, delimiter) => {
  const { text, chunks, report } = await runExport(format);
  const rows = parse(text, { delimiter, relax_quotes: false, bom: false, record_delimiter: ['\r\n'] }) as string[][];

  it('starts with the header row and has one row per segment (all of them)', async () => {
    expect(rows[0]).toEqual([...DELIMITED_COLUMNS]);
    expect(rows).toHaveLength(SEGMENTS.length + 1);
    expect(report).toEqual({ units: SEGMENTS.length, skipped: 0, warnings: [] });
    expect(chunks).toHaveLength(SEGMENTS.length + 1);
  });

  it.each(SEGMENTS.map((s, i) => [s.id, s, i] as const))('segment %i: every cell survives exactly (tabs, quotes, CR LF, controls, RLM)', async (_id, s, i) => {
    const row = rows[i + 1]!;
    expect(row).toEqual([
      String(s.id),
      String(s.position),
      String(s.paragraph),
      s.status,
      s.source,
      s.target,
      s.doNotTranslate ? 'yes' : 'no',
      s.comments.map((c) => `${c.parent !== null ? '↳ ' : ''}${c.author}: ${c.body}${c.resolvedAt !== null ? ' [resolved]' : ''}`).join('\n'),
    ]);
  });

  it('ends rows with CRLF (RFC 4180); CSV quotes only fields that need it, TSV every non-empty field (so it reads back unambiguously)', async () => {
    expect(text.startsWith(format === 'tsv' ? `"id"${delimiter}"position"${delimiter}` : `id${delimiter}position${delimiter}`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`"<script>alert(1)</script> & ""quotes"" 'single' 🙂 tab\there\nnew line ]]> &amp;"`);
  });

  it('adds a UTF-8 byte order mark only when asked', async () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const withBom = (await runExport(format, { bom: true })).text;
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(text);
  });
});
