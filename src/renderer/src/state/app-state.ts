import type { Channel } from '../../../api/channels';
import type { BilingualPreview, ColumnMappingInput, FilePreview, Input, Output, RecentProject } from '../../../api/contract';
import type { TextEncoding } from '../../../core/text/decode/encodings';
import type { QaListedFinding } from '../../../core/qa/results';
import type { DocumentId, HistoryState, SegmentId, SegmentStatus, ProjectInfo, ProjectStats, SegmentFilter, TranslationImportMode, TranslationImportPreview } from '../../../core/model';

export interface ApiPort {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export interface Timers {
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

/**
 * 'retrying': a save failed; the text is kept and sent again (with backoff) until it is saved.
 * 'failed': the project refused it for good (the segment is gone…); the text is kept and shown.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'failed';

/** The import dialog: a chosen file, decoded for preview before anything is written. */
export interface FileImportState {
  /** A new Arabic document, or an English translation to align to the open document. */
  purpose: 'document' | 'translation';
  path: string;
  encoding: TextEncoding | 'auto';
  preview: FilePreview | null;
  /** TMX, XLIFF, TSV, CSV: both languages in one file. */
  bilingual: BilingualPreview | null;
  mapping: ColumnMappingInput | null;
  error: string | null;
  loading: boolean;
  /** A translation: what each mode would change in the open document (counted before writing). */
  translationPreview?: TranslationImportPreview | null;
  /** A translation: replace all, or fill empty rows only (the default when the document has English). */
  mode?: TranslationImportMode;
}

/**
 * The one dialog that is open (at most one at a time). A new dialog is one more member here plus
 * its component in app.tsx — e.g. "this project is open elsewhere: read-only / take over".
 */
export type Modal =
  | { kind: 'paste' }
  | { kind: 'import'; import: FileImportState }
  | { kind: 'rules' }
  | { kind: 'export' }
  /** The History dialog of the active segment (revisions as word diffs, restore). */
  | { kind: 'history' }
  /** The "Fix Arabic…" dialog of the active segment. */
  | { kind: 'fixSource' }
  /** The "Split Both Sides…" dialog of the active segment: a cut on each side, one edit. */
  | { kind: 'splitBoth' }
  | { kind: 'reject' }
  /** Go to segment N (Ctrl+G). */
  | { kind: 'goTo' }
  | { kind: 'identity' }
  /** The speaker registry and the annotation scheme (opened through the annotation store's actions). */
  | { kind: 'speakers' }
  | { kind: 'scheme' }
  /** The project glossary: browse, edit, import, export. */
  | { kind: 'glossary' }
  /** Add a term: the Arabic and English selections prefilled (Ctrl+Shift+T). */
  | { kind: 'addTerm'; source: string; target: string }
  | { kind: 'translationMemory' }
  /** The QA profile editor: every check on or off, and its severity (opened through the QA store). */
  | { kind: 'qaProfile' }
  /** Edits that could not be saved yet, shown when leaving (close, another project) was held back. */
  | { kind: 'unsaved' }
  /** The project being opened is edited in another Mizan session: open it read-only, or take over. */
  | { kind: 'lock'; path: string; message: string };

export type ModalKind = Modal['kind'];

/** project slice: which project is open, who is working, the figures of the progress panel. */
export interface ProjectSliceState {
  ready: boolean;
  project: ProjectInfo | null;
  recent: RecentProject[];
  stats: ProjectStats | null;
  /** Who is working: recorded on every revision, comment and status change. */
  identity: { userName: string; role: 'translator' | 'reviewer'; chosen: boolean } | null;
}

/** grid slice: the open document's rows, the active row, the selection, the filter. */
export interface GridSliceState {
  documentId: DocumentId | null;
  /** Number of rows the grid shows (the segments of the document, or those the filter keeps). */
  total: number;
  /** Bumped whenever cached segments change, so rows re-render. */
  cacheVersion: number;
  activeIndex: number | null;
  /** Shift+click extends a selection from the active row to this row (for re-align). */
  selectionEnd: number | null;
  /** The grid scrolls to `index` whenever `seq` changes. */
  scrollRequest: { index: number; seq: number } | null;
  /** The grid shows only the segments that pass this filter (null: all of them). */
  filter: SegmentFilter | null;
}

/** editing slice: the state of the translation being typed. */
export interface EditingSliceState {
  save: SaveState;
}

/** changes slice: what the server changed, for the Undo buttons and for views that follow edits. */
export interface ChangesSliceState {
  history: HistoryState | null;
  /**
   * Bumped after anything that may have moved annotations on the server: a saved translation
   * (spans re-anchored), an alignment edit, undo or redo. Annotation views reload on a change.
   */
  editSeq: number;
  /** The segments the last such change touched (a saved translation), or null: rows may have moved. */
  editedSegmentIds: number[] | null;
}

/**
 * What the checks found when a segment was last confirmed or approved, shown under its English.
 * `blocked`: an error stopped the move, and the row asks "Confirm anyway" / "Fix".
 */
export interface QaPrompt {
  segmentId: SegmentId;
  findings: QaListedFinding[];
  blocked: boolean;
  /** The move that was asked for, to make when the user confirms anyway. */
  status: SegmentStatus;
}

/** review slice: the confirm prompt of the quality checks. */
export interface ReviewSliceState {
  qaPrompt: QaPrompt | null;
}

export interface MessageSliceState {
  message: { kind: 'error' | 'info'; text: string } | null;
}

export interface ModalSliceState {
  modal: Modal | null;
}

export type AppState = ProjectSliceState & GridSliceState & EditingSliceState & ChangesSliceState & MessageSliceState & ModalSliceState & ReviewSliceState;

export const initialAppState: AppState = {
  ready: false,
  project: null,
  recent: [],
  stats: null,
  identity: null,
  documentId: null,
  total: 0,
  cacheVersion: 0,
  activeIndex: null,
  selectionEnd: null,
  scrollRequest: null,
  filter: null,
  save: 'idle',
  history: null,
  editSeq: 0,
  editedSegmentIds: null,
  message: null,
  modal: null,
  qaPrompt: null,
};

/** The import dialog's state, when it is the open dialog. */
export function fileImportOf(state: Pick<AppState, 'modal'>): FileImportState | null {
  return state.modal?.kind === 'import' ? state.modal.import : null;
}

/** Whether `kind` is the open dialog. */
export function isModalOpen(state: Pick<AppState, 'modal'>, kind: ModalKind): boolean {
  return state.modal?.kind === kind;
}
