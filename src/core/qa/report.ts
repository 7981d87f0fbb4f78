// The standalone QA report of a document, like MateCat's quality report: counts per check and
// severity, then every finding with its segment's text. HTML (self-contained, no script, no network,
// Arabic right-to-left) and CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Arabic).
import { stringify } from 'csv-stringify/sync';
import { escapeHtml } from '../formats/export/html.js';
import type { QaCheckInfo, QaListedFinding } from './results.js';
import { QA_SEVERITIES, type QaSeverity } from './types.js';

export const QA_REPORT_FORMATS = ['html', 'csv'] as const;
export type QaReportFormat = (typeof QA_REPORT_FORMATS)[number];

export interface QaReportFinding extends QaListedFinding {
  source: string;
  target: string;
}

export interface QaReportInput {
  document: { id: number; title: string };
  checks: readonly QaCheckInfo[];
  findings: readonly QaReportFinding[];
  /** Findings left out because someone ignored them. */
  ignored: number;
  segments: number;
  generatedAt: number;
  tool: { name: string; version: string };
}

export interface QaCheckCount {
  check: string;
  label: string;
  counts: Record<QaSeverity, number>;
  total: number;
}

/** Per check that found something (in registry order), how many findings of each severity. */
export function countByCheck(checks: readonly QaCheckInfo[], findings: readonly QaListedFinding[]): QaCheckCount[] {
  const rows = new Map<string, QaCheckCount>();
  for (const f of findings) {
    let row = rows.get(f.check);
    if (!row) {
      row = { check: f.check, label: checks.find((c) => c.id === f.check)?.label ?? f.check, counts: { error: 0, warning: 0, info: 0 }, total: 0 };
      rows.set(f.check, row);
    }
    row.counts[f.severity]++;
    row.total++;
  }
  const order = new Map(checks.map((c, i) => [c.id, i]));
  return [...rows.values()].sort((a, b) => (order.get(a.check) ?? Infinity) - (order.get(b.check) ?? Infinity));
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A report is read in spreadsheets: a cell that would run as a formula is shown as text. */
const cell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export function qaReportCsv(input: QaReportInput): string {
  const rows: (string | number)[][] = [['document', 'segment', 'check', 'severity', 'message', 'source', 'target']];
  for (const f of input.findings) rows.push([input.document.id, f.position, f.check, f.severity, cell(f.message), cell(f.source), cell(f.target)]);
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; margin: 2rem; color: #1d1d1b; font-size: 11pt; }
h1 { font-size: 1.4rem; margin: 0 0 0.3rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.meta { color: #555; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 0.35rem 0.5rem; vertical-align: top; text-align: start; }
th { background: #f3f3f1; font-weight: 600; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
td.ar { font-family: 'Noto Naskh Arabic', 'Amiri', 'Traditional Arabic', Arial, serif; font-size: 1.15em; line-height: 1.9; }
td.ar, td.en, td.msg { white-space: pre-wrap; overflow-wrap: anywhere; }
.sev { display: inline-block; padding: 0 0.35rem; border: 1px solid; border-radius: 0.25rem; font-size: 0.75rem; }
.sev-error { color: #b3261e; } .sev-warning { color: #8a5a00; } .sev-info { color: #555; }
tfoot td { font-weight: 600; }
@media print { body { margin: 0; } tr { break-inside: avoid; } thead { display: table-header-group; } }
`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function qaReportHtml(input: QaReportInput): string {
  const e = escapeHtml;
  const counts = countByCheck(input.checks, input.findings);
  const totals = Object.fromEntries(QA_SEVERITIES.map((s) => [s, input.findings.filter((f) => f.severity === s).length])) as Record<QaSeverity, number>;
  const label = (id: string) => input.checks.find((c) => c.id === id)?.label ?? id;
  const countRows = counts.map((c) => `<tr><td>${e(c.label)} <code>${e(c.check)}</code></td>${QA_SEVERITIES.map((s) => `<td class="n">${c.counts[s]}</td>`).join('')}<td class="n">${c.total}</td></tr>`);
  const findingRows = input.findings.map((f) => `<tr><td class="n">${f.position}</td><td>${e(label(f.check))}</td><td><span class="sev sev-${f.severity}">${f.severity}</span></td><td class="msg" dir="auto">${e(f.message)}</td><td class="ar" dir="rtl" lang="ar">${e(f.source)}</td><td class="en" dir="ltr" lang="en">${e(f.target)}</td></tr>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
<title>QA report — ${e(input.document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>QA report — <span dir="auto">${e(input.document.title)}</span></h1>
<p class="meta">${e(input.tool.name)} ${e(input.tool.version)} · ${new Date(input.generatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${plural(input.segments, 'segment')} checked · ${plural(input.findings.length, 'finding')} (${QA_SEVERITIES.map((s) => `${totals[s]} ${s}`).join(', ')}) · ${input.ignored} ignored, not listed</p>
<h2>Per check</h2>
<table>
<thead><tr><th>Check</th>${QA_SEVERITIES.map((s) => `<th>${s}</th>`).join('')}<th>total</th></tr></thead>
<tbody>
${countRows.length ? countRows.join('\n') : '<tr><td colspan="5">No findings.</td></tr>'}
</tbody>
<tfoot><tr><td>All checks</td>${QA_SEVERITIES.map((s) => `<td class="n">${totals[s]}</td>`).join('')}<td class="n">${input.findings.length}</td></tr></tfoot>
</table>
<h2>Findings</h2>
<table>
<thead><tr><th>Segment</th><th>Check</th><th>Severity</th><th>Message</th><th>Arabic</th><th>English</th></tr></thead>
<tbody>
${findingRows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
