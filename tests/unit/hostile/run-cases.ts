// Runs hostile cases in a child process and enforces a wall-clock bound on each case: the child
// says when a case starts, and a case that does not end within `boundMs` gets the child killed and
// is reported as a hang. The bound is a guard against hangs (minutes), not a timed assertion.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CaseResult {
  index: number;
  ms: number;
  maxRssMb: number;
  outcome: 'refused' | 'imported' | 'crashed' | 'hung';
  message: string;
  segments: number;
  comments: number;
  unchanged: boolean;
}

const RUNNER = fileURLToPath(new URL('./run-case.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function runCases(dir: string, indexes: readonly number[], boundMs: number): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, dir, ...indexes.map(String)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const results: CaseResult[] = [];
    let current: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    let buffered = '';
    let stderr = '';
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (current !== null) results.push({ index: current, ms: boundMs, maxRssMb: 0, outcome: 'hung', message: `no answer within ${boundMs} ms`, segments: 0, comments: 0, unchanged: false });
        current = null;
        child.kill('SIGKILL');
      }, boundMs);
    };
    arm(); // also bounds the child's start
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = JSON.parse(buffered.slice(0, nl)) as CaseResult & { started?: boolean };
        buffered = buffered.slice(nl + 1);
        if (line.started) current = line.index;
        else {
          results.push(line);
          current = null;
        }
        arm();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      const hung = results.some((r) => r.outcome === 'hung');
      if (!hung && results.length < indexes.length) reject(new Error(`the hostile-case runner stopped after ${results.length} of ${indexes.length} cases: ${stderr.slice(-2000)}`));
      else resolve(results);
    });
  });
}
