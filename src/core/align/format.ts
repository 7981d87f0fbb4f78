// The bead line format shared by `mizan align`, the benchmark and the scorer (docs/architecture.md, "The command line"):
// one bead per line, "SRC<TAB>TGT", each side a comma-separated list of 0-based indexes, possibly empty.
import type { Bead } from './types.js';

/** One bead per line, "0\t0", "1,2\t1", "\t3", with a trailing newline (empty string for no beads). */
export function formatBeads(beads: readonly Pick<Bead, 'source' | 'target'>[]): string {
  return beads.map((b) => `${b.source.join(',')}\t${b.target.join(',')}\n`).join('');
}

/** The inverse of formatBeads (scores are not part of the format, so they come back as 1). */
export function parseBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`not a bead line (expected SRC<TAB>TGT): ${JSON.stringify(line)}`);
    const side = (s: string): number[] =>
      s.trim() === '' ? [] : s.split(',').map((x) => {
        if (!/^\s*\d+\s*$/u.test(x)) throw new Error(`not a sentence index: ${JSON.stringify(x)}`);
        return Number(x);
      });
    beads.push({ source: side(line.slice(0, tab)), target: side(line.slice(tab + 1)), score: 1 });
  }
  return beads;
}
