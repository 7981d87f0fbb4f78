import { run } from './run.js';

// A reader that stops early (`mizan segment FILE | head`) closes the pipe: not worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`mizan: cannot write output (${error.message})\n`);
  process.exit(error.code === 'EPIPE' ? (Number(process.exitCode) || 0) : 1);
});

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, stderrIsTTY: process.stderr.isTTY === true });
