// Our exports checked by tools we did not write (../shared/tools: xmllint against the TMX 1.4b DTD
// and the OASIS XLIFF schemas, translate-toolkit, OmegaT 3.6). The exporters are pure functions of
// plain data, so the documents are built here directly (no database): the built-in sample project
// (resources/sample/sample-project.json) and the five NTREX news documents of ../shared/corpus, one
// segment per gold alignment bead. The checkers apt-install what they miss on their first run, so
// the tests get a long timeout; they are skipped, saying why, when ../shared is not there.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exporterFor } from '../../src/core/formats/index';
import type { DocumentId } from '../../src/core/model';
import { importTranslation } from '../../src/services/alignment-service';
import { exportDocument } from '../../src/services/export-service';
import { importSourceText } from '../../src/services/import-text';
import { ProjectSession } from '../../src/services/project-session';
import type { ExportComment, ExportDocument, ExportFormat, ExportReport, ExportSegment, ExportSpeaker } from '../../src/core/formats/types';
import type { SegmentStatus } from '../../src/core/model';
import { DOC as HOSTILE_DOC, SEGMENTS as HOSTILE_SEGMENTS } from '../unit/core/formats/export/fixture';

const TOOLS = resolve(import.meta.dirname, '../../../shared/tools');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/ntrex-news');
const SAMPLE = resolve(import.meta.dirname, '../../resources/sample/sample-project.json');
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const NO_SPEAKERS: ReadonlyMap<number, ExportSpeaker> = new Map();

function runTool(tool: string, args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(join(TOOLS, tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 540_000 });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Streams an export to a file in 64 KB writes, as the export service does. */
async function exportTo(file: string, format: ExportFormat, doc: ExportDocument, segments: Iterable<ExportSegment>): Promise<ExportReport> {
  const fd = openSync(file, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  try {
    const report = await exporterFor(format).export(doc, segments, NO_SPEAKERS, (chunk) => {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= 65_536) flush();
    }, { now: T0, tool: { name: 'Mizan', version: 'test' } });
    flush();
    return report;
  } finally {
    closeSync(fd);
  }
}

function segment(id: number, paragraph: number, source: string, target: string, status: SegmentStatus, extra: Partial<ExportSegment> = {}): ExportSegment {
  return { id, position: id - 1, paragraph, source, target, status, doNotTranslate: false, createdAt: T0, updatedAt: T0 + id * 1000, updatedBy: 'test', comments: [], annotations: [], ...extra };
}

interface SampleJson {
  title: string;
  sourceName: string;
  sourceLang: string;
  targetLang: string;
  segments: { paragraph: number; source: string; target: string; status: SegmentStatus; doNotTranslate: boolean }[];
  comments: { segment: number; author: string; body: string; resolved?: boolean; replies: { author: string; body: string }[] }[];
}

/** The built-in sample project as export data: segment ids 1…n, comment threads with replies. */
function sampleDocument(): { doc: ExportDocument; segments: ExportSegment[] } {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleJson;
  const segments = sample.segments.map((s, i) => segment(i + 1, s.paragraph, s.source, s.target, s.status, { doNotTranslate: s.doNotTranslate }));
  let nextId = 1;
  for (const c of sample.comments) {
    const seg = segments[c.segment];
    if (!seg) continue;
    const root: ExportComment = { id: nextId++, parent: null, annotation: null, author: c.author, body: c.body, createdAt: T0, resolvedAt: c.resolved ? T0 + 1 : null };
    seg.comments.push(root, ...c.replies.map((r) => ({ id: nextId++, parent: root.id, annotation: null, author: r.author, body: r.body, createdAt: T0 + 2, resolvedAt: null })));
  }
  return { doc: { id: 1, title: sample.title, sourceLang: sample.sourceLang, targetLang: sample.targetLang, sourceName: sample.sourceName, createdAt: T0, updatedAt: T0 }, segments };
}

const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const indexes = (cell: string) => (cell.trim() === '' ? [] : cell.split(',').map(Number));

/**
 * An NTREX document as export data: one segment per gold bead (gold.tsv "ar indexes<TAB>en indexes"),
 * sentences of one side joined with a space; paragraph = the line of ar.txt its first Arabic
 * sentence comes from (found in order, so each line is a paragraph as in the source text).
 */
function ntrexDocument(dir: string, id: number): { doc: ExportDocument; segments: ExportSegment[]; bothSides: number; inMergedBeads: number } {
  const arLines = lines(join(dir, 'ar.txt'));
  const ar = lines(join(dir, 'ar.sents'));
  const en = lines(join(dir, 'en.sents'));
  const paragraphOf: number[] = [];
  let line = 0;
  let from = 0;
  for (const sentence of ar) {
    let found = -1;
    for (let l = line; l < arLines.length && found < 0; l++) {
      const at = arLines[l]!.indexOf(sentence.trim(), l === line ? from : 0);
      if (at >= 0) {
        found = l;
        from = at + sentence.trim().length;
      }
    }
    if (found >= 0) line = found;
    paragraphOf.push(line);
  }
  let inMergedBeads = 0;
  const segments = lines(join(dir, 'gold.tsv')).map((bead, i) => {
    const [a = '', e = ''] = bead.split('\t');
    const src = indexes(a);
    if (src.length > 1) inMergedBeads += src.length;
    const source = src.map((k) => ar[k]!.trim()).join(' ');
    const target = indexes(e).map((k) => en[k]!.trim()).join(' ');
    return segment(i + 1, src.length ? paragraphOf[src[0]!]! : (paragraphOf[paragraphOf.length - 1] ?? 0), source, target, 'translated');
  });
  const bothSides = segments.filter((s) => s.source !== '' && s.target !== '').length;
  return { doc: { id, title: `NTREX ${dir}`, sourceLang: 'ar', targetLang: 'en', sourceName: 'ar.txt', createdAt: T0, updatedAt: T0 }, segments, bothSides, inMergedBeads };
}

/** The setup both checker suites share: skip without the tools, a long timeout, a scratch folder. */
function checkerSuite(): string {
  test.skip(!existsSync(join(TOOLS, 'check-tmx')), `the shared checkers are not at ${TOOLS}`);
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'mizan-checkers-'));
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const checkLines = (output: string) => output.split('\n').filter((l) => /\[(ok|warn|FAIL)\]|PASS|FAIL|OmegaT made/.test(l));

test.describe('exports pass third-party checkers', () => {
  const dir = checkerSuite();

  test('the sample project: TMX (DTD, languages, unit count) and both XLIFF versions (OASIS schemas)', async () => {
    const { doc, segments } = sampleDocument();
    const translated = segments.filter((s) => s.target.trim() !== '' && s.source.trim() !== '' && !s.doNotTranslate).length;
    const tmxFile = join(dir, 'sample.tmx');
    const report = await exportTo(tmxFile, 'tmx', doc, segments);
    expect(report.units).toBe(translated);
    expect(report.units + report.skipped).toBe(segments.length);
    const tmx = runTool('check-tmx', [tmxFile, String(translated)]);
    console.log(checkLines(tmx.output).join('\n'));
    expect(tmx.code, tmx.output).toBe(0);
    expect(tmx.output).toMatch(/check-tmx: PASS/);
    for (const format of ['xliff12', 'xliff2'] as const) {
      const file = join(dir, `sample-${format}.xlf`);
      const r = await exportTo(file, format, doc, segments);
      expect(r.units).toBe(segments.filter((s) => s.source.trim() !== '').length);
      const xliff = runTool('check-xliff', [file, String(r.units)]);
      console.log(checkLines(xliff.output).join('\n'));
      expect(xliff.code, xliff.output).toBe(0);
      expect(xliff.output).toMatch(/check-xliff: PASS/);
    }
  });

  test('the hostile unit-test document (markup, quotes, control characters, RLM/LRM, CR LF, emoji) is valid too', async () => {
    const expected = { tmx: 4, xliff12: 6, xliff2: 6 } as const;
    for (const format of ['tmx', 'xliff12', 'xliff2'] as const) {
      const file = join(dir, `hostile.${format === 'tmx' ? 'tmx' : `${format}.xlf`}`);
      const report = await exportTo(file, format, HOSTILE_DOC, HOSTILE_SEGMENTS);
      expect(report.units).toBe(expected[format]);
      const checked = runTool(format === 'tmx' ? 'check-tmx' : 'check-xliff', [file, String(report.units)]);
      console.log(`hostile ${format}: ${checkLines(checked.output).filter((l) => !l.includes('[ok]')).join(' | ')}`);
      expect(checked.code, checked.output).toBe(0);
    }
  });

  test('NTREX documents: TMX and XLIFF valid, OmegaT fills at least 90 % of its segments from our TMX', async () => {
    // One segment per gold bead; the corpus as a whole must reach 90 % (per document, 2-1 beads aside).
    test.skip(!existsSync(CORPUS), `the shared corpus is not at ${CORPUS}`);
    const docs = readdirSync(CORPUS).filter((d) => /^dev\d+$/.test(d)).sort();
    expect(docs.length).toBeGreaterThan(0);
    let made = 0;
    let filled = 0;
    for (const [i, name] of docs.entries()) {
      const { doc, segments, bothSides, inMergedBeads } = ntrexDocument(join(CORPUS, name), i + 1);
      const tmxFile = join(dir, `${name}.tmx`);
      const report = await exportTo(tmxFile, 'tmx', doc, segments);
      expect(report.units).toBe(bothSides);
      const checked = runTool('check-tmx', [tmxFile, String(bothSides)]);
      expect(checked.code, checked.output).toBe(0);
      for (const format of ['xliff12', 'xliff2'] as const) {
        const file = join(dir, `${name}-${format}.xlf`);
        const r = await exportTo(file, format, doc, segments);
        const xliff = runTool('check-xliff', [file, String(r.units)]);
        expect(xliff.code, xliff.output).toBe(0);
      }
      // Threshold 0 for the tool: it reports, the test judges each document and the corpus below.
      const roundTrip = runTool('check-omegat-roundtrip', ['--arabic-srx', '--line-paragraphs', join(CORPUS, name, 'ar.txt'), tmxFile, '0']);
      expect(roundTrip.code, roundTrip.output).toBe(0);
      const counts = /OmegaT made (\d+) source segment\(s\); (\d+) filled/.exec(roundTrip.output);
      expect(counts, roundTrip.output).not.toBeNull();
      const m = Number(counts![1]);
      const f = Number(counts![2]);
      made += m;
      filled += f;
      // A 2-1 bead (two Arabic sentences, one English) is one TMX unit, but OmegaT segments each
      // Arabic sentence on its own, so those sentences can never be exact matches; every other
      // segment must be filled (90 %, leaving room for OmegaT's own segmentation quirks).
      const fillable = m - inMergedBeads;
      console.log(
        `${name}: ${report.units} TMX units (${report.skipped} one-sided beads left out); check-tmx and check-xliff PASS; ` +
          `OmegaT filled ${f} of ${m} (${((100 * f) / m).toFixed(1)} %), ${inMergedBeads} in 2-1 beads, ${((100 * f) / fillable).toFixed(1)} % of the rest`,
      );
      expect(f / fillable, roundTrip.output).toBeGreaterThanOrEqual(0.9);
    }
    console.log(`NTREX total: OmegaT filled ${filled} of ${made} segments (${((100 * filled) / made).toFixed(1)} %)`);
    expect(filled / made).toBeGreaterThanOrEqual(0.9);
  });
});

// ---- The same checks through the export service, on real project files (the lead's wiring). ----
async function exportProject(path: string, dir: string, format: ExportFormat, name: string, documentId: number | null = null): Promise<string> {
  const out = join(dir, name);
  const session = new ProjectSession();
  session.open(path);
  try {
    await exportDocument(session.require(), { documentId: documentId as DocumentId | null, format, outPath: out, now: Date.now(), tool: { name: 'Mizan', version: 'test' } });
  } finally {
    session.close();
  }
  return out;
}

test.describe('the export service (project file → export file) passes the checkers too', () => {
  const dir = checkerSuite();

  test('NTREX documents: OmegaT fills at least 90 % of its segments from our TMX', async () => {
    test.skip(!existsSync(CORPUS), `the shared corpus is not at ${CORPUS}`);
    const docs = readdirSync(CORPUS).filter((d) => d.startsWith('dev')).sort();
    let made = 0;
    let filled = 0;
    for (const doc of docs) {
      const ar = join(CORPUS, doc, 'ar.txt');
      const project = join(dir, `${doc}.mizan`);
      const session = new ProjectSession();
      session.create(project, doc);
      const ctx = { now: Date.now, user: () => 'test' };
      const imported = importSourceText(session.require(), ctx, { title: doc, sourceText: readFileSync(ar, 'utf8') });
      importTranslation(session.require(), ctx, imported.id, readFileSync(join(CORPUS, doc, 'en.txt'), 'utf8'));
      session.close();
      const tmx = await exportProject(project, dir, 'tmx', `${doc}.tmx`);
      const checked = runTool('check-tmx', [tmx]);
      expect(checked.code, checked.output).toBe(0);
      // Threshold 0 here: the checker reports, the test judges the whole corpus below.
      const roundTrip = runTool('check-omegat-roundtrip', ['--arabic-srx', '--line-paragraphs', ar, tmx, '0']);
      expect(roundTrip.code, roundTrip.output).toBe(0);
      const counts = /OmegaT made (\d+) source segment\(s\); (\d+) filled/.exec(roundTrip.output);
      expect(counts, roundTrip.output).not.toBeNull();
      made += Number(counts![1]);
      filled += Number(counts![2]);
      console.log(`${doc}: OmegaT filled ${counts![2]} of ${counts![1]} segments from our TMX`);
    }
    console.log(`NTREX total: ${filled} of ${made} (${((100 * filled) / made).toFixed(1)} %)`);
    // Units the aligner made 2:1 (two Arabic sentences, one English) cannot match OmegaT's
    // sentence-by-sentence segments; the rest must.
    expect(filled / made).toBeGreaterThanOrEqual(0.9);
  });
});

test('a hostile export never becomes markup: HTML keeps <script> as text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mizan-html-'));
  try {
    const project = join(dir, 'h.mizan');
    const session = new ProjectSession();
    session.create(project, 'h');
    importSourceText(session.require(), { now: Date.now, user: () => 't' }, { title: '<script>alert(1)</script>', sourceText: 'نص <script>alert(1)</script> & "x".' });
    session.close();
    const html = readFileSync(await exportProject(project, dir, 'html', 'h.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(existsSync(join(dir, 'fonts', 'noto-naskh-arabic-arabic-400-normal.woff2'))).toBe(true);
    writeFileSync(join(dir, 'done'), '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
