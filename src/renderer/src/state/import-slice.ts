import type { ColumnMappingInput } from '../../../api/contract';
import type { DocumentInfo, TranslationImportMode } from '../../../core/model';
import type { TextEncoding } from '../../../core/text/decode/encodings';
import { fileImportOf, type ApiPort, type AppState, type FileImportState } from './app-state';
import type { Store } from './create-store';
import type { MessageSlice } from './message-slice';
import type { ModalSlice } from './modal-slice';
import type { MutationRunner } from './mutation-runner';
import type { ProjectSlice } from './project-slice';
import { importerForName } from '../../../core/formats/importers';

export type ImportSlice = ReturnType<typeof createImportSlice>;

/** The import dialogs (a file previewed before anything is written; pasted text) and what they import. */
export function createImportSlice(
  store: Store<AppState>,
  api: ApiPort,
  parts: { messages: MessageSlice; modal: ModalSlice; project: ProjectSlice; runner: MutationRunner },
) {
  const { messages, modal, project, runner } = parts;
  const current = () => fileImportOf(store.get());
  /** An import of the dialog is running (Cancel then stops it). */
  let importing = false;

  /** Replaces the dialog's state if it still shows the same file (an answer after Cancel is dropped). */
  function update(path: string, next: (state: FileImportState) => FileImportState): void {
    modal.update('import', (m) => (m.kind === 'import' && m.import.path === path ? { kind: 'import', import: next(m.import) } : m));
  }

  async function loadPreview(): Promise<void> {
    const state = current();
    if (!state) return;
    try {
      if (state.purpose === 'document' && importerForName(state.path)) {
        const bilingual = await api.call('document.previewBilingual', { path: state.path, ...(state.mapping ? { mapping: state.mapping } : {}) });
        update(state.path, () => ({ ...state, bilingual, mapping: bilingual.delimited?.mapping ?? null, error: null, loading: false }));
        return;
      }
      const preview = await api.call('document.previewFile', { path: state.path, encoding: state.encoding });
      const documentId = store.get().documentId;
      if (state.purpose === 'translation' && documentId) {
        // Counted before anything is written, so the user chooses the mode knowing what it changes.
        const translationPreview = await api.call('alignment.previewTranslation', { documentId, path: state.path, encoding: preview.encoding });
        const mode = state.mode ?? (translationPreview.withEnglish > 0 ? 'fill-empty' : 'replace');
        update(state.path, () => ({ ...state, preview, translationPreview, mode, error: null, loading: false }));
        return;
      }
      update(state.path, () => ({ ...state, preview, error: null, loading: false }));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      // A column mapping the file refuses keeps the last good preview, so its controls stay to fix it.
      const keep = state.mapping && state.bilingual ? state.bilingual : null;
      update(state.path, () => ({ ...state, preview: null, bilingual: keep, error: text, loading: false }));
    }
  }

  async function choose(purpose: FileImportState['purpose']): Promise<void> {
    await messages.guarded(async () => {
      const path = await api.call('dialog.importText', {});
      if (!path) return;
      modal.open({ kind: 'import', import: { purpose, path, encoding: 'auto', preview: null, bilingual: null, mapping: null, error: null, loading: true } });
      await loadPreview();
    });
  }

  /** Changes a setting of the open dialog and previews again. */
  async function reconsider(patch: Partial<FileImportState>): Promise<void> {
    const state = current();
    if (!state) return;
    update(state.path, (s) => ({ ...s, ...patch, loading: true }));
    await loadPreview();
  }

  /** A new document: imported, then shown (imports are not undoable: the undo state stays). */
  async function importDocument(call: () => Promise<DocumentInfo>, close: 'import' | 'paste'): Promise<boolean> {
    const doc = await runner.mutate(call, () => ({ history: 'unchanged', stats: false }));
    if (!doc) return false;
    modal.close(close);
    await messages.guarded(() => project.showImported(doc));
    return true;
  }

  return {
    /** Import text file…: choose a file, then the dialog previews it (encoding, first lines) before importing. */
    importFile: () => choose('document'),
    /** Import translation…: an English file is previewed like any import, then aligned to the open document. */
    async importTranslation(): Promise<void> {
      if (store.get().documentId) await choose('translation');
    },
    setImportEncoding: (encoding: TextEncoding | 'auto') => reconsider({ encoding }),
    /** TSV/CSV: a different column mapping, previewed again. */
    setImportMapping: (mapping: ColumnMappingInput) => reconsider({ mapping }),
    /** Import translation…: replace all, or fill empty rows only (nothing to preview again). */
    setImportMode: (mode: TranslationImportMode) => {
      const state = current();
      if (state) update(state.path, (s) => ({ ...s, mode }));
    },
    cancelImport: () => {
      // A preview or import still running (in a worker, in the app) is stopped; nothing of it is kept.
      if (current()?.loading || importing) void api.call('document.cancelImport', {}).catch(() => undefined);
      modal.close('import');
    },

    async confirmImport(title: string): Promise<void> {
      importing = true;
      try {
        await confirm(title);
      } finally {
        importing = false;
      }
    },

    /** Pasted Arabic as a new document; false when it did not happen (the dialog stays). */
    importPasted: (title: string, sourceText: string): Promise<boolean> =>
      importDocument(() => api.call('document.importText', { title, sourceText }), 'paste'),
  };

  async function confirm(title: string): Promise<void> {
    const state = current();
    if (state?.bilingual) {
      const { path, mapping } = state;
      await importDocument(() => api.call('document.importBilingual', { path, title, ...(mapping ? { mapping } : {}) }), 'import');
      return;
    }
    if (!state?.preview) return;
    const { path } = state;
    const encoding = state.preview.encoding;
    if (state.purpose === 'document') {
      await importDocument(() => api.call('document.importFile', { path, title, encoding }), 'import');
      return;
    }
    const documentId = store.get().documentId;
    if (!documentId) return;
    const mode = state.mode ?? 'replace';
    await runner.mutate(
      () => api.call('alignment.importTranslation', { documentId, path, encoding, mode }),
      (aligned) => {
        modal.close('import');
        return {
          rows: aligned,
          message: aligned.filled !== undefined
            ? `Filled ${aligned.filled} empty segment${aligned.filled === 1 ? '' : 's'} with English; segments that had English were kept.`
            : `Aligned ${aligned.targetSentences} English sentences to ${aligned.total} segments; ${aligned.lowConfidence} look doubtful (Alt+L goes to the next one).${aligned.autoCuts ? ` ${aligned.autoCuts} Arabic segments were cut where the English showed a sentence boundary (Undo takes the import back).` : ''}`,
        };
      },
    );
  }
}
