import { monaco } from '../editor/monaco-setup';
import { addProjectWord, checkSpelling, ignoreWord, refreshProjectWords, spellingStore, suggestSpelling } from './spelling-store';

// Spell-check in the English editor: misspelt words get an Info squiggle (a hint, not an error), and
// Ctrl+. (Monaco's quick fix) offers the dictionary's suggestions, "Add to the project dictionary"
// and "Ignore". Checking runs in the worker a moment after typing stops, never on the keystroke.

const OWNER = 'spelling';
const CHECK_DELAY_MS = 250;

export interface EditorSpelling {
  dispose(): void;
}

/** Whether a marker is one of ours (the quick fixes answer only those). */
const isSpellingMarker = (marker: monaco.editor.IMarkerData) => marker.source === 'Spelling';

export function attachSpelling(editor: monaco.editor.IStandaloneCodeEditor, report: (message: string) => void): EditorSpelling {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const check = async () => {
    const model = editor.getModel();
    if (!model || disposed) return;
    const version = model.getVersionId();
    const misses = await checkSpelling(model.getValue());
    // Typing moved on meanwhile: the next check will place the markers.
    if (disposed || model.isDisposed() || model.getVersionId() !== version) return;
    monaco.editor.setModelMarkers(model, OWNER, misses.map((miss) => {
      const start = model.getPositionAt(miss.start);
      const end = model.getPositionAt(miss.end);
      return {
        severity: monaco.MarkerSeverity.Info, source: 'Spelling', code: miss.word, message: `“${miss.word}” is not in the dictionary (Ctrl+. for suggestions)`,
        startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column,
      };
    }));
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void check();
    }, CHECK_DELAY_MS);
  };

  const addCommand = editor.addCommand(0, (_accessor: unknown, word: string) => {
    addProjectWord(word).then(() => report(`“${word}” was added to the project dictionary.`), (error: unknown) => report(error instanceof Error ? error.message : String(error)));
  });
  const ignoreCommand = editor.addCommand(0, (_accessor: unknown, word: string) => ignoreWord(word));

  const actions = monaco.languages.registerCodeActionProvider('plaintext', {
    provideCodeActions: async (model, _range, context) => {
      if (model !== editor.getModel()) return { actions: [], dispose() {} };
      const found: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers.filter(isSpellingMarker)) {
        const word = model.getValueInRange(marker);
        const suggestions = await suggestSpelling(word);
        suggestions.forEach((suggestion, i) => {
          found.push({
            title: `Replace with “${suggestion}”`, kind: 'quickfix', diagnostics: [marker], isPreferred: i === 0,
            edit: { edits: [{ resource: model.uri, textEdit: { range: marker, text: suggestion }, versionId: model.getVersionId() }] },
          });
        });
        if (addCommand) found.push({ title: `Add “${word}” to the project dictionary`, kind: 'quickfix', diagnostics: [marker], command: { id: addCommand, title: 'Add to dictionary', arguments: [word] } });
        if (ignoreCommand) found.push({ title: `Ignore “${word}”`, kind: 'quickfix', diagnostics: [marker], command: { id: ignoreCommand, title: 'Ignore', arguments: [word] } });
      }
      return { actions: found, dispose() {} };
    },
  }, { providedCodeActionKinds: ['quickfix'] });

  const content = editor.onDidChangeModelContent(() => schedule());
  // A new segment's text (setText) also changes the content; the words may have grown meanwhile.
  const focus = editor.onDidFocusEditorText(() => void refreshProjectWords());
  const words = spellingStore.subscribe(() => schedule());
  void refreshProjectWords(true);

  return {
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      content.dispose();
      focus.dispose();
      words();
      actions.dispose();
    },
  };
}
