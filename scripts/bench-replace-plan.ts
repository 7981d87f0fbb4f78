// npx tsx scripts/bench-replace-plan.ts [--segments N]
// How long planReplace (re-align / import translation over a range) takes for N old and N new
// segments that share no source, the worst case for its candidate search. Figures, not a test.
import { parseArgs } from 'node:util';
import { planReplace } from '../src/core/align/edit/index';

const { values } = parseArgs({ options: { segments: { type: 'string', default: '5000' }, runs: { type: 'string', default: '5' } } });
const n = Number(values.segments);
const olds = Array.from({ length: n }, (_, i) => ({ source: `old ${i}` }));
const news = Array.from({ length: n }, (_, i) => ({ source: `new ${i}` }));
const times: number[] = [];
let widest = 0;
for (let run = 0; run < Number(values.runs); run++) {
  const started = performance.now();
  const plan = planReplace(olds, news);
  times.push(performance.now() - started);
  widest = Math.max(...plan.candidates.map((c) => c.length));
}
times.sort((a, b) => a - b);
console.log(`planReplace ${n} → ${n} unmatched: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms (${times.length} runs); widest candidate list ${widest}`);
