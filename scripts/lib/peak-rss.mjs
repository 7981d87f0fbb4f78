// Preloaded into a benchmarked child (node --import): when it exits, writes its peak resident set
// (KB, from the kernel's rusage) to the file named by MIZAN_BENCH_RSS. Counts the whole process.
import { writeFileSync } from 'node:fs';

const out = process.env.MIZAN_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
