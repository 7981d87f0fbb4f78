import { extname, resolve } from 'node:path';
import { MizanError } from '../../core/errors.js';
import { isIdValue, toDocumentId } from '../../core/ids.js';
import type { DocumentId } from '../../core/model.js';
import { QA_SEVERITIES, type QaSeverity } from '../../core/qa/types.js';
import type { QaListedFinding } from '../../core/qa/results.js';
import { QA_REPORT_FORMATS, type QaReportFormat } from '../../core/qa/report.js';
import { QA_CHECKS } from '../../core/qa/index.js';
import type { BuiltCommand } from '../command.js';
import { formatCount } from '../format.js';
import { UsageError } from '../usage-error.js';
import { readVersion } from '../version.js';

const FAIL_ON = ['error', 'warning'] as const;

/** Exit status when --fail-on finds what it was told to fail on (1 and 2 are bad input and bad usage). */
export const QA_FAILED_EXIT = 3;

export const qaCommand: BuiltCommand = {
  kind: 'built',
  name: 'qa',
  summary: 'Run the quality checks on every segment and list what they find',
  args: [{ name: 'PROJECT', help: 'a .mizan project' }],
  options: {
    document: { type: 'string', value: 'ID', help: 'check only this document (default: every document)' },
    checks: { type: 'string', value: 'LIST', help: 'only these checks, comma-separated (default: those the project profile enables)' },
    json: { type: 'boolean', help: 'print {"issues":[{"document","segment","check","severity","message"}]}; segment is the 0-based position' },
    'fail-on': { type: 'string', choices: FAIL_ON, help: 'exit 3 when a finding of this severity (or worse) exists' },
    report: { type: 'string', value: 'FILE', help: 'also write the standalone QA report, FILE.html or FILE.csv (one document)' },
  },
  notes: [
    'Ignored findings (the QA panel\'s "Ignore") are left out; stderr says how many.',
    'Exit status: 0 done (whatever was found), 1 bad input (unknown check or document), 2 bad usage, 3 --fail-on matched.',
  ],
  async run(args, { io, services }) {
    const project = args.arg('PROJECT');
    const documentId = readDocumentId(args.string('document'));
    const checks = readChecks(args.string('checks'));
    const failOn = FAIL_ON.find((s) => s === args.string('fail-on'));
    const reportPath = args.string('report');
    const reportFormat = reportPath === undefined ? undefined : readReportFormat(reportPath);
    const [{ runDocumentQa, writeQaReport }, { getDocument, listDocuments }, { withProject }] = await Promise.all([
      import('../../services/qa-service.js'), import('../../store/documents.js'), import('../project.js'),
    ]);
    const { findings, ignored, report } = await withProject(project, (session) => {
      const db = session.require();
      const ids = documentId === null ? listDocuments(db).map((d) => d.id) : [documentId];
      if (documentId !== null && !getDocument(db, documentId)) {
        throw new MizanError('not-found', `document ${documentId} does not exist; the documents are ${listDocuments(db).map((d) => `${d.id}: ${d.title}`).join(', ') || 'none'}`);
      }
      if (reportPath !== undefined && ids.length !== 1) {
        throw new MizanError('bad-input', `the project has ${ids.length} documents; choose the one to report on with --document`);
      }
      const all: QaListedFinding[] = [];
      let ignoredCount = 0;
      for (const id of ids) {
        const result = runDocumentQa(db, { documentId: id, scope: 'all', ...(checks ? { checks } : {}) });
        all.push(...result.findings);
        ignoredCount += result.ignored;
      }
      const written = reportPath !== undefined && reportFormat !== undefined
        ? writeQaReport(db, { documentId: ids[0]!, format: reportFormat, outPath: resolve(reportPath), now: services.now(), tool: { name: 'Mizan', version: readVersion() }, ...(checks ? { checks } : {}) })
        : null;
      return { findings: all, ignored: ignoredCount, report: written };
    });
    const issues = findings.map((f) => ({ document: f.documentId, segment: f.position, check: f.check, severity: f.severity, message: f.message }));
    if (args.flag('json')) io.stdout.write(`${JSON.stringify({ issues })}\n`);
    else io.stdout.write(formatFindings(issues));
    if (ignored > 0) io.stderr.write(`mizan: ${formatCount(ignored, 'ignored finding')} left out (see them in the QA panel with "Show ignored")\n`);
    if (report) io.stderr.write(`mizan: QA report written to ${report.path}\n`);
    return failOn !== undefined && findings.some((f) => atLeast(f.severity, failOn)) ? QA_FAILED_EXIT : 0;
  },
};

function atLeast(severity: QaSeverity, threshold: 'error' | 'warning'): boolean {
  return QA_SEVERITIES.indexOf(severity) <= QA_SEVERITIES.indexOf(threshold);
}

function readDocumentId(raw: string | undefined): DocumentId | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!isIdValue(n)) throw new UsageError(`--document must be a document id such as 1 (got ${raw})`, 'qa');
  return toDocumentId(n);
}

function readChecks(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const ids = [...new Set(raw.split(',').map((id) => id.trim()).filter((id) => id !== ''))];
  if (ids.length === 0) throw new UsageError(`--checks needs at least one check id: ${QA_CHECKS.map((c) => c.id).join(', ')}`, 'qa');
  return ids;
}

function readReportFormat(path: string): QaReportFormat {
  const ext = extname(path).slice(1).toLowerCase();
  const format = QA_REPORT_FORMATS.find((f) => f === ext);
  if (!format) throw new UsageError(`--report writes ${QA_REPORT_FORMATS.map((f) => `.${f}`).join(' or ')} files, not ${path}`, 'qa');
  return format;
}

type Issue = { document: number; segment: number; check: string; severity: QaSeverity; message: string };

function formatFindings(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'no findings\n';
  const rows = [['document', 'segment', 'severity', 'check', 'message'], ...issues.map((i) => [String(i.document), String(i.segment), i.severity, i.check, i.message])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd());
  const bySeverity = QA_SEVERITIES.map((s) => [s, issues.filter((i) => i.severity === s).length] as const).filter(([, n]) => n > 0);
  return `${lines.join('\n')}\n${formatCount(issues.length, 'finding')}: ${bySeverity.map(([s, n]) => `${s} ${n}`).join(', ')}\n`;
}
