import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { makeTempDir } from './cli-harness.js';
import { expectOneErrorLine, hashFile, runCli, sampleProjectIn } from './cli-harness.js';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/glossary/sample-terms.tbx');

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(async () => {
  ({ tmp, project } = await sampleProjectIn('sample.mizan'));
});
afterEach(() => tmp.cleanup());

interface TermsJson {
  segments: { document: number; segment: number; segment_id: number; terms: { start: number; end: number; text: string; term: string; targets: string[] }[] }[];
}

describe('mizan glossary import / export', () => {
  it('imports a TBX by content (whatever the extension) and skips what it already has', async () => {
    const copy = tmp.path('terms.dat');
    writeFileSync(copy, readFileSync(FIXTURE));
    const first = await runCli(['glossary', 'import', project, copy, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ format: 'tbx', added: 3, skipped: 0, warnings: [] });
    const again = await runCli(['glossary', 'import', project, copy]);
    expect(again.stdout).toBe('imported 0 entries from TBX (3 entries already there, skipped)\n');
  });

  it('imports an OmegaT tab-separated glossary and exports it back as TBX and TSV', async () => {
    const tsv = tmp.path('glossary.txt');
    writeFileSync(tsv, 'الحكومة\tgovernment\tnot cabinet\nروسيا\tRussia\n');
    expect((await runCli(['glossary', 'import', project, tsv])).stdout).toBe('imported 2 entries from TSV\n');
    const out = tmp.path('out.tbx');
    const exported = await runCli(['glossary', 'export', project, '--format', 'tbx', '--out', out, '--json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: 'tbx', entries: 2 });
    expect(readFileSync(out, 'utf8')).toContain('<term>الحكومة</term>');
    const outTsv = tmp.path('out.tsv');
    await runCli(['glossary', 'export', project, '--format', 'tsv', '--out', outTsv]);
    expect(readFileSync(outTsv, 'utf8')).toBe('الحكومة\tgovernment\tnot cabinet\nروسيا\tRussia\t\n');
  });

  it('refuses a malformed file with one line naming the file and line, and changes nothing', async () => {
    const bad = tmp.path('bad.tbx');
    writeFileSync(bad, '<martif>\n<text><body><termEntry><langSet xml:lang="ar"><tig><term>x</term></tig></langSet>\n</body></text></martif>');
    const before = hashFile(project);
    const result = await runCli(['glossary', 'import', project, bad]);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(/bad\.tbx line 3/);
    expect(hashFile(project)).toBe(before);
  });

  it('refuses to export over the project itself', async () => {
    const result = await runCli(['glossary', 'export', project, '--format', 'tbx', '--out', project]);
    expect(result.code).toBe(1);
    expect(expectOneErrorLine(result.stderr)).toMatch(/project|database/);
  });

  it('says which subcommands glossary has', async () => {
    const result = await runCli(['glossary', project]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toContain('glossary needs one of: import, export');
    expect((await runCli(['help', 'glossary', 'import'])).stdout).toContain('usage: mizan glossary import PROJECT FILE');
  });
});

describe('mizan terms', () => {
  it('--json lists every segment with its terms: whole inflected words, UTF-16 offsets, usable English', async () => {
    await runCli(['glossary', 'import', project, FIXTURE]);
    const { code, stdout, stderr } = await runCli(['terms', project, '--document', '1', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { segments } = JSON.parse(stdout) as TermsJson;
    expect(segments.map((s) => s.segment)).toEqual([...segments.keys()]);
    const first = segments[0]!;
    expect(first).toMatchObject({ document: 1, segment: 0 });
    // المحادثات (with the article) for محادثات; الملف السوري as one two-word term; موسكو/واشنطن are not terms.
    expect(first.terms.map((t) => [t.text, t.term, t.targets])).toEqual([
      ['المحادثات', 'محادثات', ['talks']],
      ['الملف السوري', 'الملف السوري', ['Syria issue']],
    ]);
    // Registry speakers are terms too, and the offsets are the written word's.
    const second = segments[1]!;
    const source = 'أعلنت الولايات المتحدة الأمريكية تعليق مشاركتها بالمحادثات الثنائية مع روسيا';
    const talks = second.terms.find((t) => t.term === 'محادثات')!;
    expect(talks.text).toBe('بالمحادثات');
    expect(talks.start).toBe(source.indexOf('بالمحادثات'));
    expect(talks.end).toBe(source.indexOf(' الثنائية'));
    expect(second.terms.map((t) => t.term)).toContain('الولايات المتحدة الأمريكية');
    expect(second.terms.find((t) => t.term === 'روسيا')!.targets).toEqual(['Russia']);
    const mofa = segments[3]!.terms.find((t) => t.term === 'وزارة الخارجية')!;
    expect(mofa.targets).toEqual(['State Department', 'Foreign Ministry']);
  });

  it('prints an empty list for a project without documents and refuses a bad --document', async () => {
    const empty = tmp.path('empty.mizan');
    await runCli(['new', empty]);
    expect((await runCli(['terms', empty, '--json'])).stdout).toBe('{"segments":[]}\n');
    const bad = await runCli(['terms', project, '--document', 'x']);
    expect(bad.code).toBe(2);
    const missing = await runCli(['terms', project, '--document', '9']);
    expect(missing.code).toBe(1);
    expect(expectOneErrorLine(missing.stderr)).toContain('document 9 does not exist');
  });
});
