// `mizan tm import|export|match`: the translation memory from the command line (issue 15's contract).
import { resolve } from 'node:path';
import { MizanError } from '../../core/errors.js';
import { DEFAULT_MAX_MATCHES, DEFAULT_MIN_SCORE, originLabel } from '../../core/tm/types.js';
import type { UserTm } from '../../services/user-tm.js';
import type { BuiltCommand, ParsedArgs } from '../command.js';
import { UsageError } from '../usage-error.js';

/** A whole number option within bounds, or the default. */
export function numberOption(args: ParsedArgs, name: string, command: string, min: number, max: number, fallback: number): number {
  const raw = args.string(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got ${raw})`, command);
  return n;
}

/** The user TM of the CLI: $MIZAN_USER_DIR/user-tm.mizan-tm (the app's user folder; the CLI does not guess it). */
async function cliUserTm(env: Readonly<Record<string, string | undefined>>, now: () => number): Promise<UserTm> {
  const dir = env.MIZAN_USER_DIR?.trim();
  if (!dir) throw new MizanError('bad-input', 'set MIZAN_USER_DIR to the app\'s user folder (where user-tm.mizan-tm is) to use the user TM');
  const { UserTm } = await import('../../services/user-tm.js');
  return UserTm.inFolder(resolve(dir), now);
}

export const tmImportCommand: BuiltCommand = {
  kind: 'built',
  name: 'tm import',
  summary: 'Attach a TMX file (Arabic → English) to a project as a read-only translation memory',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }, { name: 'FILE', help: 'a .tmx file' }],
  options: { name: { type: 'string', value: 'N', help: 'the memory\'s name (default: the file name)' } },
  async run(args, { io, services }) {
    const file = args.arg('FILE');
    const [{ attachTmx }, { withProject }] = await Promise.all([import('../../services/tm-service.js'), import('../project.js')]);
    const { memory, warnings } = await withProject(args.arg('PROJECT'), (session) => attachTmx(session.require(), services, file, args.string('name')));
    for (const w of warnings) io.stderr.write(`mizan: warning: ${w}\n`);
    io.stdout.write(`attached "${memory.name}" (${memory.unitCount} units) as memory ${memory.id}\n`);
    return 0;
  },
};

export const tmExportCommand: BuiltCommand = {
  kind: 'built',
  name: 'tm export',
  summary: 'Write the project TM (translated segments and attached memories) or the user TM as TMX',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    out: { type: 'string', value: 'FILE', required: true, help: 'the .tmx file to write (replaced atomically)' },
    user: { type: 'boolean', help: 'export the user TM ($MIZAN_USER_DIR/user-tm.mizan-tm) instead' },
  },
  async run(args, { io, services }) {
    const out = args.required('out');
    const project = args.arg('PROJECT');
    const [{ exportTmx }, { withProject }] = await Promise.all([import('../../services/tm-export.js'), import('../project.js')]);
    const userTm = args.flag('user') ? await cliUserTm(io.env, services.now) : null;
    const result = await withProject(project, (session) => {
      if (!userTm) return exportTmx(session.require(), 'project', out, session.info().path, services.now());
      try {
        const db = userTm.get();
        const warning = userTm.takeWarning();
        if (warning) io.stderr.write(`mizan: warning: ${warning}\n`);
        if (!db) throw new MizanError('not-found', `the user TM ${userTm.filePath} cannot be opened`);
        return exportTmx(db, 'user', out, session.info().path, services.now());
      } finally {
        userTm.close();
      }
    });
    io.stdout.write(`wrote ${result.units} units to ${result.path}\n`);
    return 0;
  },
};

export const tmMatchCommand: BuiltCommand = {
  kind: 'built',
  name: 'tm match',
  summary: 'Fuzzy matches for an Arabic text from the project and its memories, best first',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    source: { type: 'string', value: 'TEXT', required: true, help: 'the Arabic text to look up' },
    min: { type: 'string', value: 'N', help: `lowest score to show, 1–100 (default ${DEFAULT_MIN_SCORE})` },
    max: { type: 'string', value: 'N', help: `most matches to show, 1–100 (default ${DEFAULT_MAX_MATCHES})` },
    json: { type: 'boolean', help: 'print JSON: {"matches":[{"score","source","target","origin","adapted_target","adaptations"}]}' },
  },
  async run(args, { io }) {
    const min = numberOption(args, 'min', 'tm match', 1, 100, DEFAULT_MIN_SCORE);
    const max = numberOption(args, 'max', 'tm match', 1, 100, DEFAULT_MAX_MATCHES);
    const source = args.required('source').normalize('NFC');
    const [{ matchText }, { withProject }] = await Promise.all([import('../../services/tm-service.js'), import('../project.js')]);
    const matches = await withProject(args.arg('PROJECT'), (session) => matchText(session.require(), { source }, { min, max }));
    if (args.flag('json')) {
      const out = matches.map((m) => ({
        score: m.score, source: m.source, target: m.target, origin: originLabel(m.origin),
        ...(m.adaptedTarget === null ? {} : { adapted_target: m.adaptedTarget, adaptations: m.adaptations }),
      }));
      io.stdout.write(`${JSON.stringify({ matches: out })}\n`);
      return 0;
    }
    if (matches.length === 0) io.stdout.write(`no matches of ${min} % or more\n`);
    for (const m of matches) {
      io.stdout.write(`${m.score}%  ${originLabel(m.origin)}\n  ${m.source}\n  ${m.adaptedTarget ?? m.target}\n`);
      if (m.adaptations.length > 0) io.stdout.write(`  (adapted: ${m.adaptations.map((a) => `${a.from} → ${a.to}`).join(', ')})\n`);
    }
    return 0;
  },
};
