// npx tsx scripts/bench-hostile.ts   (npm run bench:hostile)
// Imports every hostile case of tests/unit/hostile/cases.ts the way the app does (preview, then
// import, into a fresh project), each in a process of its own so its peak RSS is its own, and prints
// per case and per class the time of the preview+import and the process's peak RSS (Node and the
// runtime included, ~90 MB of it). Aim: every refusal under 1 s and 200 MB. Figures, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CASES, type HostileClass } from '../tests/unit/hostile/cases';
import { runCases, type CaseResult } from '../tests/unit/hostile/run-cases';

const dir = mkdtempSync(join(tmpdir(), 'mizan-bench-hostile-'));
const results: CaseResult[] = [];
try {
  for (let k = 0; k < HOSTILE_CASES.length; k++) {
    const [result] = await runCases(dir, [k], 120_000);
    if (!result) throw new Error(`case ${k} gave no result`);
    results.push(result);
    const c = HOSTILE_CASES[k]!;
    console.log(`${c.kind.padEnd(20)} ${result.outcome.padEnd(9)} ${result.ms.toFixed(0).padStart(6)} ms ${result.maxRssMb.toFixed(0).padStart(5)} MB  ${c.name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\nworst case per class (time of preview + import; peak RSS of the process):');
const classes = [...new Set(HOSTILE_CASES.map((c) => c.kind))] as HostileClass[];
for (const kind of classes) {
  const mine = results.filter((r) => HOSTILE_CASES[r.index]!.kind === kind);
  const slowest = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = Math.max(...mine.map((r) => r.maxRssMb));
  console.log(`${kind.padEnd(20)} ${slowest.ms.toFixed(0).padStart(6)} ms ${biggest.toFixed(0).padStart(5)} MB  (${mine.length} cases; slowest: ${HOSTILE_CASES[slowest.index]!.name})`);
}
const refusals = results.filter((r) => r.outcome === 'refused');
const worst = refusals.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`\n${results.length} cases, ${refusals.length} refusals: slowest refusal ${worst.ms.toFixed(0)} ms (${HOSTILE_CASES[worst.index]!.name}), peak RSS of any refusal ${Math.max(...refusals.map((r) => r.maxRssMb)).toFixed(0)} MB`);
const wrong = results.filter((r) => r.outcome === 'hung' || r.outcome === 'crashed');
if (wrong.length > 0) {
  console.log(`${wrong.length} case(s) hung or crashed: ${wrong.map((r) => `${HOSTILE_CASES[r.index]!.name}: ${r.message}`).join('; ')}`);
  process.exitCode = 1;
}
