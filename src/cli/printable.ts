import type { CliOutput } from './io.js';

// C0 controls but tab and newline, DEL and the C1 controls (U+009B is a one-byte CSI to many
// terminals): what a file's content could use to move the cursor, recolour, retitle or clear the
// user's terminal. Shown as \u001b-style escapes, which stay valid inside JSON strings.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text as it may reach a terminal. A leading \r is kept: progress lines redraw themselves with it. */
export function printable(text: string): string {
  const lead = text.startsWith('\r') ? '\r' : '';
  return lead + text.slice(lead.length).replace(CONTROL, escape);
}

/** Every write of a CLI run goes through this, so no command can forget it. */
export function printableOutput(out: CliOutput): CliOutput {
  return { write: (chunk: string) => out.write(printable(chunk)) };
}
