import type { BilingualPreview, FilePreview, Input } from '../../api/contract.js';
import type { GlossaryImportResult } from '../../core/glossary/types.js';
import type { DocumentInfo } from '../../core/model.js';
import type { SegmentationRuleSet } from '../../core/text/segmentation/index.js';
import type { AlignmentPlan, PlanUnit } from '../alignment-plan.js';
import type { ExportRequest, ExportResult } from '../export-service.js';
import type { QaRunRequest } from '../qa-service.js';
import type { QaRunResult } from '../../core/qa/results.js';

/**
 * The work that reads files from outside (imports, previews) or writes long files (exports): it runs
 * in a worker thread with its own connection to the project, so a hostile or huge file never blocks
 * the process that answers the window (see job-runner.ts).
 */
export interface JobInputs {
  importText: Input<'document.importText'>;
  importFile: Input<'document.importFile'>;
  importBilingual: Input<'document.importBilingual'>;
  previewFile: Input<'document.previewFile'>;
  previewBilingual: Input<'document.previewBilingual'>;
  /**
   * Reads a translation file and aligns it to the segments given (segmentation + aligner, the slow part);
   * writing the result stays with the session (it records an undo step, alignment-service.ts).
   */
  alignTranslation: { path: string; encoding?: Input<'alignment.importTranslation'>['encoding']; units: PlanUnit[]; targetRules: SegmentationRuleSet };
  /** Re-splits and re-aligns the segments given; the session writes the result. */
  realign: { units: PlanUnit[]; sourceRules: SegmentationRuleSet; targetRules: SegmentationRuleSet };
  /** Reads a termbase file and adds its entries (one transaction). */
  importGlossary: { path: string };
  // Checks are functions and cannot cross into a worker: a job runs the registry's.
  export: Omit<ExportRequest, 'onProgress' | 'signal' | 'pause' | 'qaChecks'>;
  /** The quality checks over a whole document (the registry's; the panel's Run QA on a long document). */
  qaRun: Omit<QaRunRequest, 'registry'>;
}

export interface JobOutputs {
  importText: DocumentInfo;
  importFile: DocumentInfo;
  importBilingual: DocumentInfo;
  previewFile: FilePreview;
  previewBilingual: BilingualPreview;
  alignTranslation: AlignmentPlan;
  realign: AlignmentPlan;
  export: ExportResult;
  importGlossary: GlossaryImportResult;
  qaRun: QaRunResult;
}

export type JobKind = keyof JobInputs;

/** Jobs that write to the project (refused on a read-only project). */
export const WRITING_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(['importText', 'importFile', 'importBilingual', 'importGlossary']);

/** What the services of a job need from the outside; plain data so it crosses to a worker. */
export interface JobContext {
  /** The time of the job's start: every row it writes carries it. */
  at: number;
  user: string;
}

export interface JobHooks {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  pause?: () => Promise<void>;
}

/** Messages of the worker protocol. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'error'; code: string; message: string };

export type ToWorker = { type: 'cancel' };

export interface WorkerData {
  kind: JobKind;
  input: unknown;
  context: JobContext;
  /** null: no project is open (a preview before one is). */
  projectPath: string | null;
  readOnly: boolean;
  nativeBinding?: string;
}
