// npm run bench:scale:app -- [--sizes 10000,100000] [--runs 3] [--before DIR] [--query في]
// The app-level figures of issue 14 (book scale), through the Chromium harness (the real renderer
// build in Debian's Chromium, the real services on a real project file): open → first rows painted,
// scrolling ~9k rows (median / p95 frame, long tasks over 50 ms), keystroke → saved, search → 500
// hits painted; at each size, medians of --runs runs, beside the limit (a target, or measured in the
// same run) and the ratio. `--before DIR` runs a second renderer build (e.g. main's `out/renderer`,
// copied aside) in the same runs, interleaved, for a paired before/after. Figures, not a test.
import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toDocumentId, toSegmentId, type SegmentId } from '../src/core/ids';
import { SAVE_DEBOUNCE_MS } from '../src/renderer/src/state/editing-slice';
import { ProjectSession } from '../src/services/project-session';
import { searchSegments } from '../src/services/search-service';
import { insertDocument } from '../src/store/documents';
import { getSegment, insertSegment } from '../src/store/segments';
import { Harness, launchChromium, RENDERER_DIR, serveRenderer, type RendererServer } from '../tests/e2e/harness';
import { scaleBeads } from './lib/scale-corpus';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    runs: { type: 'string', default: '3' },
    before: { type: 'string' },
    query: { type: 'string', default: 'في' },
    'scroll-rows': { type: 'string', default: '9000' },
    /** Prints where the main thread spent its time while scrolling (a CPU profile's top functions). */
    profile: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const scrollRows = Number(values['scroll-rows']);
const SCROLL_FRAMES = 300;
const OPEN_TARGET_MS = 1000;
const FRAME_MEDIAN_TARGET_MS = 17;
const FRAME_P95_TARGET_MS = 25;

interface Figures {
  openMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  longTasks: number;
  longTaskMs: number;
  rowsScrolled: number;
  keystrokeSavedMs: number;
  searchPaintedMs: number;
  searchQueryMs: number;
  /** The same call from the page through the bridge (the harness's, not Electron's IPC): query + transport. */
  searchCallMs: number;
}

/**
 * A project of `n` segments with their translations, from the corpus. Rows go in through the store
 * in one transaction (segment and search index, as an import writes them): importing 100k with a
 * translation through the services takes about a minute, which this benchmark does not measure.
 */
function buildProject(dir: string, n: number): string {
  const path = join(dir, `scale-${n}.mizan`);
  const session = new ProjectSession();
  const beads = scaleBeads(n);
  session.create(path, `Scale ${n}`, (db) => {
    const documentId = insertDocument(db, { title: `${n} segments`, sourceLang: 'ar', targetLang: 'en', sourceName: null, at: 0 });
    beads.forEach((b, i) => {
      insertSegment(db, {
        documentId, position: i, paragraph: Math.floor(i / 5), source: b.ar, target: i % 3 === 2 ? '' : b.en,
        status: i % 3 === 2 ? 'new' : 'translated', doNotTranslate: false, at: 0, by: 'bench',
      });
    });
  });
  session.close();
  return path;
}

/**
 * When the first segment row was on screen, as wall-clock time: polled each frame from the page's
 * start, and stamped in the frame after it appears (it has been painted by then).
 */
const FIRST_ROW_CLOCK = `(() => {
  const poll = () => {
    if (document.querySelector('.segment-row[data-segment-id]')) requestAnimationFrame(() => { window.__firstRowPainted = performance.timeOrigin + performance.now(); });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

const nextFrames = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))`;

async function measure(browser: Browser, server: RendererServer, projectPath: string, query: string): Promise<Figures> {
  const workDir = mkdtempSync(join(tmpdir(), 'mizan-bench-app-'));
  const harness = new Harness({ workDir, projectPath, viewport: { width: 1400, height: 900 }, initScript: FIRST_ROW_CLOCK });
  try {
    // Open → the first rows painted (the project is opened as main does at start, then the page loads),
    // on the page's clock: the harness runs the handlers in this process, so a long handler (the
    // progress figures) would hold back Playwright's own wait here, though not the page's painting.
    const opened = Date.now();
    await harness.start(browser, server);
    const { page } = harness;
    const openMs = Number(await (await page.waitForFunction('window.__firstRowPainted')).jsonValue()) - opened;

    // Scroll ~9k rows from the top, one step per frame, as a fast drag of the scrollbar does.
    const cdp = values.profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const scroll = await page.evaluate(
      async ({ rows, frames }) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="grid-scroll"]')!;
        scroller.scrollTop = 0;
        await new Promise((r) => setTimeout(r, 300));
        const longTasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const deltas: number[] = [];
        let last = await new Promise<number>((r) => requestAnimationFrame(r));
        // The distance of `rows` rows at the drawn rows' mean height, the same for any build (a build's
        // own total height is its estimate, which differs between virtualisers).
        const drawn = [...document.querySelectorAll<HTMLElement>('.grid-row-slot')].map((el) => el.offsetHeight);
        const perRow = drawn.reduce((a, b) => a + b, 0) / Math.max(1, drawn.length);
        const step = Math.min((perRow * rows) / frames, scroller.scrollHeight / frames);
        for (let f = 0; f < frames; f++) {
          scroller.scrollTop += step;
          const now = await new Promise<number>((r) => requestAnimationFrame(r));
          deltas.push(now - last);
          last = now;
        }
        await new Promise((r) => setTimeout(r, 300));
        observer.disconnect();
        // (No named functions in here: tsx would wrap them in a helper the page does not have.)
        const box = scroller.getBoundingClientRect();
        const reached = Number(document.elementFromPoint(box.left + 40, box.top + 20)?.closest('.grid-row-slot')?.getAttribute('data-index') ?? 0);
        deltas.sort((a, b) => a - b);
        return {
          median: deltas[Math.floor(deltas.length / 2)]!,
          p95: deltas[Math.floor(deltas.length * 0.95)]!,
          longTasks: longTasks.length,
          longTaskMs: longTasks.reduce((a, b) => a + b, 0),
          reached,
        };
      },
      { rows: scrollRows, frames: SCROLL_FRAMES },
    );

    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);

    // Keystroke → saved: activate a row on screen, type one letter, wait until the project file has it.
    // (Rows may still settle after the scroll, so a click that missed is tried again.)
    const activated = async (attempt: number): Promise<SegmentId> => {
      const row = page.locator('.segment-row[data-segment-id]:not(.active)').nth(2);
      const id = toSegmentId(Number(await row.getAttribute('data-segment-id')));
      await row.click({ position: { x: 30, y: 10 } });
      const editor = page.locator(`.segment-row.active[data-segment-id="${id}"] .monaco-editor textarea`);
      const ready = await editor.waitFor({ state: 'attached', timeout: 5000 }).then(() => true, () => false);
      if (ready) return id;
      if (attempt >= 4) throw new Error('no row could be activated');
      return activated(attempt + 1);
    };
    const segmentId = await activated(0);
    await page.evaluate(nextFrames);
    const db = harness.session.require();
    const before = getSegment(db, segmentId)?.target ?? '';
    const typed = performance.now();
    await page.keyboard.press('KeyQ');
    while ((getSegment(db, segmentId)?.target ?? '') === before) await new Promise((r) => setTimeout(r, 2));
    const keystrokeSavedMs = performance.now() - typed;

    // Search → 500 hits painted: the query on the same file with the same limit is the limit.
    const documentId = toDocumentId(1);
    const queryTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      searchSegments(db, { documentId, query, scope: 'both', regex: false, matchCase: false, wholeWord: false, limit: 500 });
      queryTimes.push(performance.now() - t);
    }
    await page.keyboard.press('Control+Shift+KeyF');
    const input = page.getByRole('searchbox', { name: 'Search text' });
    await input.fill(query);
    const searched = performance.now();
    await input.press('Enter');
    await page.locator('.search-summary', { hasText: 'first 500 listed' }).waitFor();
    await page.locator('.search-hit').first().waitFor();
    await page.evaluate(nextFrames);
    const searchPaintedMs = performance.now() - searched;
    // Then the call alone, from the page, warm: what the bridge adds to the query (the harness's bridge
    // serialises through Playwright, slower than Electron's structured clone).
    const callTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      callTimes.push(await page.evaluate(async (q) => {
        const bridge = (window as unknown as { mizan: { invoke(c: string, i: unknown): Promise<unknown> } }).mizan;
        const t = performance.now();
        await bridge.invoke('search.run', { documentId: 1, query: q, scope: 'both', regex: false, matchCase: false, wholeWord: false, limit: 500 });
        return performance.now() - t;
      }, query));
    }

    if (harness.violations.length > 0) throw new Error(`the page reported errors: ${harness.violations.join('; ')}`);
    return {
      openMs,
      frameMedianMs: scroll.median,
      frameP95Ms: scroll.p95,
      longTasks: scroll.longTasks,
      longTaskMs: scroll.longTaskMs,
      rowsScrolled: scroll.reached,
      keystrokeSavedMs,
      searchPaintedMs,
      searchQueryMs: median(queryTimes),
      searchCallMs: median(callTimes),
    };
  } finally {
    await harness.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
}

/** The functions the samples fell in most (self time), as a share of the scroll's samples. */
function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const counts = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const frame = byId.get(id);
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}` : '?';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  console.log('    where the scroll spent the main thread (self samples):');
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`    ${((100 * count) / samples.length).toFixed(1).padStart(5)} %  ${name}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);

function report(size: number, builds: [string, Figures[]][]): void {
  const med = (list: Figures[], key: keyof Figures) => median(list.map((f) => f[key]));
  const last = builds.at(-1)![1];
  const rows: [string, keyof Figures, number, string][] = [
    ['open → first rows painted (ms)', 'openMs', OPEN_TARGET_MS, 'target'],
    ['scroll: median frame (ms)', 'frameMedianMs', FRAME_MEDIAN_TARGET_MS, 'target (60 fps)'],
    ['scroll: p95 frame (ms)', 'frameP95Ms', FRAME_P95_TARGET_MS, 'target'],
    ['scroll: long tasks > 50 ms', 'longTasks', 0, 'target: none'],
    ['scroll: long tasks, total (ms)', 'longTaskMs', 0, 'target: none'],
    ['keystroke → saved (ms)', 'keystrokeSavedMs', SAVE_DEBOUNCE_MS + 17, `save debounce ${SAVE_DEBOUNCE_MS} ms + a frame`],
    ['search → 500 hits painted (ms)', 'searchPaintedMs', med(last, 'searchQueryMs'), 'the query alone, this run'],
    ['search: the call alone, from the page', 'searchCallMs', med(last, 'searchQueryMs'), 'the query alone, this run'],
  ];
  console.log(`\n${size.toLocaleString('en')} segments — medians of ${last.length} run(s); rows scrolled: ${builds.map(([name, list]) => `${name} ${fmt(med(list, 'rowsScrolled'))}`).join(', ')}`);
  const header = ['figure'.padEnd(34), ...builds.map(([name]) => name.padStart(10)), 'limit'.padStart(10), 'ratio'.padStart(8), '  limit is'];
  console.log(header.join(''));
  for (const [label, key, limit, what] of rows) {
    const mine = med(last, key);
    const ratio = limit > 0 ? `${(mine / limit).toFixed(2)}×` : mine === 0 ? 'met' : '—';
    console.log([label.padEnd(34), ...builds.map(([, list]) => fmt(med(list, key), key === 'longTasks' ? 0 : 1).padStart(10)), fmt(limit, 1).padStart(10), ratio.padStart(8), `  ${what}`].join(''));
  }
}

const work = mkdtempSync(join(tmpdir(), 'mizan-bench-scale-app-'));
const browser = await launchChromium();
const servers: [string, RendererServer][] = [];
try {
  if (values.before) servers.push(['before', await serveRenderer(resolve(values.before))]);
  servers.push([values.before ? 'after' : 'this build', await serveRenderer(RENDERER_DIR)]);
  for (const size of sizes) {
    const built = performance.now();
    const path = buildProject(work, size);
    console.log(`built ${size.toLocaleString('en')} segments in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    const results = new Map<string, Figures[]>(servers.map(([name]) => [name, []]));
    for (let run = 0; run < runs; run++) {
      for (const [name, server] of servers) {
        const figures = await measure(browser, server, path, values.query);
        results.get(name)!.push(figures);
        console.log(`  run ${run + 1} ${name}: open ${fmt(figures.openMs)} ms, frames ${fmt(figures.frameMedianMs, 1)}/${fmt(figures.frameP95Ms, 1)} ms, ${figures.longTasks} long tasks (${fmt(figures.longTaskMs)} ms), key→saved ${fmt(figures.keystrokeSavedMs)} ms, search ${fmt(figures.searchPaintedMs)} ms (call ${fmt(figures.searchCallMs)}, query ${fmt(figures.searchQueryMs)})`);
      }
    }
    report(size, [...results]);
  }
} finally {
  for (const [, server] of servers) await server.close();
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
