import { resolve } from 'node:path';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '../../core/formats/types.js';
import { isIdValue, nullableId, toDocumentId } from '../../core/ids.js';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../core/model.js';
import type { BuiltCommand } from '../command.js';
import { formatCount } from '../format.js';
import { UsageError } from '../usage-error.js';
import { readVersion } from '../version.js';

export const exportCommand: BuiltCommand = {
  kind: 'built',
  name: 'export',
  summary: 'Write a project (or one document) in an exchange format',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    format: { type: 'string', required: true, choices: EXPORT_FORMATS, help: 'the format to write' },
    document: { type: 'string', value: 'ID', help: 'the document to export (needed when the project has several)' },
    out: { type: 'string', value: 'FILE', required: true, help: 'the file to write (written whole or not at all)' },
    bom: { type: 'boolean', help: 'TSV/CSV: start with a UTF-8 byte order mark, so spreadsheets read Arabic correctly' },
    'guard-formulas': { type: 'boolean', help: "TSV/CSV: prefix cells starting with = + - @ with ' so spreadsheets do not run them as formulas (changes those cells)" },
    qa: { type: 'boolean', help: `add each segment's QA findings (${EXPORT_FORMATS.filter((f) => EXPORT_FORMAT_INFO[f].options.includes('qa')).join(', ')}): a qa column, or notes` },
    status: { type: 'string', value: 'LIST', help: `only segments with these statuses, comma-separated: ${SEGMENT_STATUSES.join(', ')} (e.g. approved,reviewed; default: all)` },
    json: { type: 'boolean', help: 'print the report as JSON' },
  },
  notes: [
    'TMX and the TXT translation leave out segments without a translation and do-not-translate lines (counted as skipped).',
    'HTML refers to fonts copied into a fonts/ folder next to the file. Offsets in JSONL are UTF-16 code units, end exclusive.',
  ],
  async run(args, { io }) {
    // Loaded when the command runs: `mizan --version`, the help and the other commands do not pay for it.
    const [{ exportDocument }, { withProject }] = await Promise.all([import('../../services/export-service.js'), import('../project.js')]);
    const project = args.arg('PROJECT');
    const format = args.required('format') as ExportFormat;
    const rawDocument = args.string('document');
    const documentNumber = rawDocument === undefined ? null : Number(rawDocument);
    if (documentNumber !== null && !isIdValue(documentNumber)) {
      throw new UsageError(`--document must be a document id such as 1 (got ${rawDocument})`, 'export');
    }
    const documentId = nullableId(documentNumber, toDocumentId);
    // Each format's entry lists the options it takes; one it ignores is a mistake worth saying.
    for (const [flag, option] of [['bom', 'bom'], ['guard-formulas', 'guardFormulas'], ['qa', 'qa']] as const) {
      if (args.flag(flag) && !EXPORT_FORMAT_INFO[format].options.includes(option)) {
        const takers = EXPORT_FORMATS.filter((f) => EXPORT_FORMAT_INFO[f].options.includes(option)).join(', ');
        throw new UsageError(`--${flag} applies to ${takers} only, not ${format}`, 'export');
      }
    }
    const statuses = readStatuses(args.string('status'));
    const out = resolve(args.required('out'));
    const progress = io.stderrIsTTY
      ? (done: number, total: number) => io.stderr.write(`\rexporting ${done}/${total} segments…`)
      : undefined;
    const result = await withProject(project, (session) =>
      exportDocument(session.require(), {
        documentId,
        format,
        outPath: out,
        bom: args.flag('bom'),
        guardFormulas: args.flag('guard-formulas'),
        qa: args.flag('qa'),
        now: Date.now(),
        tool: { name: 'Mizan', version: readVersion() },
        ...(statuses ? { statuses } : {}),
        ...(progress ? { onProgress: progress } : {}),
      }),
    );
    if (progress) io.stderr.write('\n');
    if (args.flag('json')) {
      io.stdout.write(`${JSON.stringify({ path: result.path, format, document_id: result.documentId, units: result.units, skipped: result.skipped, bytes: result.bytes, warnings: result.warnings })}\n`);
    } else {
      const skipped = result.skipped ? ` (${formatCount(result.skipped, 'segment')} left out: no translation or do-not-translate)` : '';
      io.stdout.write(`exported ${formatCount(result.units, 'unit')} to ${result.path}${skipped}\n`);
      for (const warning of result.warnings) io.stderr.write(`mizan: warning: ${warning}\n`);
    }
    return 0;
  },
};

/** "approved,reviewed" → the statuses; a name that is not a status is a usage error naming the choices. */
function readStatuses(value: string | undefined): SegmentStatus[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
  if (names.length === 0) throw new UsageError(`--status needs at least one of ${SEGMENT_STATUSES.join(', ')}`, 'export');
  const isStatus = (n: string): n is SegmentStatus => (SEGMENT_STATUSES as readonly string[]).includes(n);
  const unknown = names.filter((n) => !isStatus(n));
  if (unknown.length > 0) throw new UsageError(`--status: ${unknown.join(', ')} is not a status; choose from ${SEGMENT_STATUSES.join(', ')}`, 'export');
  return [...new Set(names.filter(isStatus))];
}
