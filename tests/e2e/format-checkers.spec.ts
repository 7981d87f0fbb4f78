// Our exports checked by tools we did not write (../shared/tools: xmllint against the TMX DTD and
// the OASIS XLIFF schemas, translate-toolkit, OmegaT 3.6). They apt-install what they need on the
// first run, so these tests get a long timeout.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importSourceText } from '../../src/services/import-text';
import { importTranslation } from '../../src/services/alignment-service';
import { exportDocument } from '../../src/services/export-service';
import { ProjectSession } from '../../src/services/project-session';
import { createSampleProject } from './project-files';
import type { ExportFormat } from '../../src/core/formats/types';
import type { DocumentId } from '../../src/core/model';

const TOOLS = resolve(import.meta.dirname, '../../../shared/tools');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/ntrex-news');

function runTool(tool: string, args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(join(TOOLS, tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 540_000 });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function exportTo(path: string, dir: string, format: ExportFormat, name: string, documentId: number | null = null): string {
  const out = join(dir, name);
  const session = new ProjectSession();
  session.open(path);
  try {
    exportDocument(session.require(), { documentId: documentId as DocumentId | null, format, outPath: out, now: Date.now(), tool: { name: 'Mizan', version: 'test' } });
  } finally {
    session.close();
  }
  return out;
}

test.describe('exports pass third-party checkers', () => {
  test.skip(!existsSync(join(TOOLS, 'check-tmx')), `the shared checkers are not at ${TOOLS}`);
  test.setTimeout(600_000);
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mizan-checkers-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the sample project: TMX (DTD, languages, unit count) and both XLIFF versions (OASIS schemas)', () => {
    const project = createSampleProject(dir);
    const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../resources/sample/sample-project.json'), 'utf8')) as {
      segments: { target: string; doNotTranslate: boolean }[];
    };
    const translated = sample.segments.filter((s) => s.target !== '' && !s.doNotTranslate).length;
    const tmx = runTool('check-tmx', [exportTo(project, dir, 'tmx', 'sample.tmx'), String(translated)]);
    expect(tmx.output).toMatch(/PASS/);
    expect(tmx.code, tmx.output).toBe(0);
    for (const format of ['xliff12', 'xliff2'] as const) {
      const xliff = runTool('check-xliff', [exportTo(project, dir, format, `sample-${format}.xlf`), String(sample.segments.length)]);
      expect(xliff.code, xliff.output).toBe(0);
    }
  });

  test('NTREX documents: OmegaT fills at least 90 % of its segments from our TMX', () => {
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
      const tmx = exportTo(project, dir, 'tmx', `${doc}.tmx`);
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

test('a hostile export never becomes markup: HTML keeps <script> as text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mizan-html-'));
  try {
    const project = join(dir, 'h.mizan');
    const session = new ProjectSession();
    session.create(project, 'h');
    importSourceText(session.require(), { now: Date.now, user: () => 't' }, { title: '<script>alert(1)</script>', sourceText: 'نص <script>alert(1)</script> & "x".' });
    session.close();
    const html = readFileSync(exportTo(project, dir, 'html', 'h.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(existsSync(join(dir, 'fonts', 'noto-naskh-arabic-arabic-400-normal.woff2'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
