import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_USER, expectOneErrorLine, hashFile, makeTempDir, runCli } from './cli-harness.js';

const ARTICLE = '\uFEFFأعلنت الولايات المتحدة تعليق المحادثات. وقال المتحدث إن القرار صعب؟\r\nوردت موسكو بأسف.\r\n';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(async () => {
  tmp = makeTempDir();
  project = tmp.path('p.mizan');
  expect((await runCli(['new', project])).code).toBe(0);
});
afterEach(() => tmp.cleanup());

function readDocuments(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`
      SELECT d.title, d.source_lang, d.target_lang, d.source_name,
        (SELECT json_group_array(source) FROM (SELECT source FROM segments WHERE document_id = d.id ORDER BY position)) AS sources,
        (SELECT group_concat(DISTINCT updated_by) FROM segments WHERE document_id = d.id) AS authors
      FROM documents d ORDER BY d.id`).all() as { title: string; source_lang: string; target_lang: string; source_name: string; sources: string; authors: string }[];
  } finally {
    db.close();
  }
}

describe('mizan import', () => {
  it('imports a UTF-8 text (BOM, CRLF) as sentence segments', async () => {
    const source = tmp.path('article.ar.txt');
    writeFileSync(source, ARTICLE);
    const { code, stdout, stderr } = await runCli(['import', project, '--source', source]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`imported "article.ar" into ${project} as document 1: 3 segments\n`);
    // Checked before reading: a read-only connection leaves its own -wal behind.
    expect(existsSync(`${project}-wal`)).toBe(false);
    const [doc] = readDocuments(project);
    expect(doc).toMatchObject({ title: 'article.ar', source_lang: 'ar', target_lang: 'en', source_name: 'article.ar.txt', authors: TEST_USER });
    expect(JSON.parse(doc!.sources)).toEqual([
      'أعلنت الولايات المتحدة تعليق المحادثات.',
      'وقال المتحدث إن القرار صعب؟',
      'وردت موسكو بأسف.',
    ]);
  });

  it('prints JSON and takes title and languages', async () => {
    const source = tmp.path('a.txt');
    writeFileSync(source, ARTICLE);
    const { code, stdout } = await runCli([
      'import', project, '--source', source, '--title', 'Talks', '--source-lang', 'ar-SY', '--target-lang', 'en-GB', '--encoding', 'utf-8', '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ document_id: 1, title: 'Talks', segments: 3 });
    expect(readDocuments(project)[0]).toMatchObject({ title: 'Talks', source_lang: 'ar-SY', target_lang: 'en-GB' });
  });

  // [case, file bytes, what the message must say]: refused with exit 1, the project not touched.
  const REFUSED: [string, Uint8Array, RegExp][] = [
    ['binary bytes (a PNG header)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), /does not look like text/],
    ['a NUL byte', new TextEncoder().encode('نص\u0000عربي.'), /NUL bytes/],
    ['an empty file', new Uint8Array(), /is empty/],
  ];
  it.each(REFUSED)('refuses %s and leaves the project unchanged', async (_label, bytes, message) => {
    const source = tmp.path('bad.txt');
    writeFileSync(source, bytes);
    const before = hashFile(project);
    const { code, stdout, stderr } = await runCli(['import', project, '--source', source]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectOneErrorLine(stderr)).toMatch(message);
    expect(hashFile(project)).toBe(before);
    expect(existsSync(`${project}-wal`)).toBe(false);
    expect(readDocuments(project)).toEqual([]);
  });

  it.each([
    ['a missing project', () => tmp.path('nope.mizan'), /nope\.mizan does not exist; create it with: mizan new/],
    ['a file that is not a project', () => tmp.path('a.txt'), /is not a Mizan project/],
  ])('refuses %s', async (_label, target, message) => {
    const source = tmp.path('a.txt');
    writeFileSync(source, ARTICLE);
    const { code, stderr } = await runCli(['import', target(), '--source', source]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(message);
  });

  it.each([
    ['a .tab file', 'news.tab', 'قال "إن\tHe said "the\nالحرب انتهت"\twar is over"\n', 'tsv', ['قال "إن', 'الحرب انتهت"']],
    ['a TMX named .xml (routed by its content)', 'memory.xml',
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar"><seg>نص</seg></tuv><tuv xml:lang="en"><seg>Text</seg></tuv></tu></body></tmx>',
      'tmx', ['نص']],
    ['a Phrase .mxliff', 'job.mxliff',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2"><file source-language="ar" target-language="en" original="x"><body><trans-unit id="1" m:confirmed="1"><source>نص</source><target>Text</target></trans-unit></body></file></xliff>',
      'mxliff', ['نص']],
  ])('routes %s through the importer registry, not as plain Arabic text', async (_what, file, text, format, sources) => {
    writeFileSync(tmp.path(file), text);
    const { code, stdout } = await runCli(['import', project, '--source', tmp.path(file)]);
    expect(code).toBe(0);
    expect(stdout).toContain(`(${format})`);
    expect(JSON.parse(readDocuments(project)[0]!.sources)).toEqual(sources);
  });

  it('refuses a missing source file', async () => {
    const { code, stderr } = await runCli(['import', project, '--source', tmp.path('missing.txt')]);
    expect(code).toBe(1);
    expect(expectOneErrorLine(stderr)).toMatch(/missing\.txt does not exist; check the path/);
  });
});
