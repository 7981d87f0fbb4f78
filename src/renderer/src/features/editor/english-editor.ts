import type { MenuCommand } from '../../../../api/contract';
import type { KeyChord, KeyCommand } from '../commands/key-commands';
import { attachSpelling, type EditorSpelling } from '../spelling/editor-spelling';
import { monaco } from './monaco-setup';

export interface EnglishEditorEvents {
  onChange(text: string): void;
  onCommand(command: MenuCommand): void;
  /** A line for the message bar (the spell-check's "added to the dictionary"). */
  onMessage(message: string): void;
}

const MONACO_KEYS: Record<string, monaco.KeyCode> = {
  Enter: monaco.KeyCode.Enter,
  ArrowUp: monaco.KeyCode.UpArrow,
  ArrowDown: monaco.KeyCode.DownArrow,
  Insert: monaco.KeyCode.Insert,
};

function toKeybinding(chord: KeyChord): number | null {
  const key = MONACO_KEYS[chord.code] ?? (monaco.KeyCode as unknown as Record<string, monaco.KeyCode | undefined>)[chord.code];
  if (key === undefined) return null;
  return (chord.ctrl ? monaco.KeyMod.CtrlCmd : 0) | (chord.shift ? monaco.KeyMod.Shift : 0) | (chord.alt ? monaco.KeyMod.Alt : 0) | key;
}

const MIN_HEIGHT = 36;

/**
 * The one Monaco instance of the window. It lives in a detached container that is moved into
 * whichever row is active, so the virtualised grid can mount and unmount rows freely.
 */
export class EnglishEditor {
  readonly container: HTMLDivElement;
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private suppressChange = false;
  private host: HTMLElement | null = null;
  private readonly resize = new ResizeObserver(() => this.layout());
  private readonly disposers: (() => void)[] = [];
  private readonly decorations: monaco.editor.IEditorDecorationsCollection;
  private completions: monaco.IDisposable | null = null;
  private readonly spelling: EditorSpelling;

  constructor(events: EnglishEditorEvents, commands: readonly KeyCommand[]) {
    this.container = document.createElement('div');
    this.container.className = 'english-editor';
    this.editor = monaco.editor.create(this.container, {
      value: '',
      language: 'plaintext',
      wordWrap: 'on',
      wrappingStrategy: 'advanced',
      minimap: { enabled: false },
      lineNumbers: 'off',
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 4,
      lineNumbersMinChars: 0,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      hideCursorInOverviewRuler: true,
      scrollBeyondLastLine: false,
      scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false, handleMouseWheel: false },
      // The same faces as the grid's English (styles.css --font-ui), Arabic in the same size as the grid's.
      fontFamily: "'Noto Sans', 'Mizan Arabic Inline', sans-serif",
      // Monaco's default turns "liga" and "calt" off, which Arabic shaping needs: typed Arabic fell apart.
      fontLigatures: true,
      fontSize: 15,
      lineHeight: 24,
      padding: { top: 6, bottom: 6 },
      automaticLayout: false,
      contextmenu: true,
      quickSuggestions: false,
      wordBasedSuggestions: 'off',
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
      ariaLabel: 'English translation',
      accessibilitySupport: 'auto',
    });
    // The grid's commands win over Monaco's own bindings for the same keys (Alt+↑ moves a line there).
    for (const { chord, command, inEditor } of commands) {
      const keybinding = inEditor ? toKeybinding(chord) : null;
      if (keybinding !== null) this.editor.addCommand(keybinding, () => events.onCommand(command));
    }
    this.decorations = this.editor.createDecorationsCollection();
    this.spelling = attachSpelling(this.editor, (message) => events.onMessage(message));
    const change = this.editor.onDidChangeModelContent(() => {
      if (!this.suppressChange) events.onChange(this.editor.getValue());
    });
    const size = this.editor.onDidContentSizeChange(() => this.layout());
    this.disposers.push(() => change.dispose(), () => size.dispose());
    this.applyTheme();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => this.applyTheme();
    scheme.addEventListener('change', onScheme);
    this.disposers.push(() => scheme.removeEventListener('change', onScheme));
  }

  /** Moves the editor into a row's English cell. */
  attach(host: HTMLElement): void {
    if (this.host === host) return;
    this.host?.classList.remove('has-editor');
    this.host = host;
    host.classList.add('has-editor');
    host.appendChild(this.container);
    this.resize.disconnect();
    this.resize.observe(host);
    this.layout();
  }

  detach(host: HTMLElement): void {
    if (this.host !== host) return;
    this.resize.disconnect();
    host.classList.remove('has-editor');
    this.container.remove();
    this.host = null;
  }

  /** Loads a segment's text without reporting it as an edit; resets undo for the new segment. */
  setText(text: string): void {
    if (this.editor.getValue() === text) return;
    this.suppressChange = true;
    try {
      this.editor.setValue(text);
    } finally {
      this.suppressChange = false;
    }
  }

  /** Replaces the whole English as an edit (undoable with Ctrl+Z in the editor, saved like typing). */
  replaceText(text: string): void {
    const model = this.editor.getModel();
    if (!model || this.editor.getOption(monaco.editor.EditorOption.readOnly)) return;
    this.editor.pushUndoStop();
    this.editor.executeEdits('mizan-replace', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
    this.editor.pushUndoStop();
  }

  /** A read-only project (another session edits it): the English cannot be typed into. */
  setReadOnly(readOnly: boolean): void {
    this.editor.updateOptions({ readOnly });
  }

  focus(): void {
    this.editor.focus();
    const model = this.editor.getModel();
    if (model) this.editor.setPosition(model.getFullModelRange().getEndPosition());
  }

  /** The cursor as a UTF-16 offset into the text (where a split goes). */
  cursorOffset(): number {
    const model = this.editor.getModel();
    const position = this.editor.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }

  /**
   * Types `text` at the cursor (replacing a selection), as if typed: one undo step in the editor, saved
   * like typing. A space is added where the text would otherwise run into the word before or after.
   */
  insertAtCursor(text: string): void {
    const model = this.editor.getModel();
    const selection = this.editor.getSelection();
    if (!model || !selection || this.editor.getOption(monaco.editor.EditorOption.readOnly)) return;
    const before = model.getValueInRange(new monaco.Range(1, 1, selection.startLineNumber, selection.startColumn)).slice(-1);
    const after = model.getValueInRange(new monaco.Range(selection.endLineNumber, selection.endColumn, model.getLineCount(), model.getLineMaxColumn(model.getLineCount()))).slice(0, 1);
    const wordy = (c: string) => /[\p{L}\p{N}]/u.test(c);
    const insert = `${wordy(before) ? ' ' : ''}${text}${wordy(after) ? ' ' : ''}`;
    this.editor.pushUndoStop();
    this.editor.executeEdits('mizan-insert', [{ range: selection, text: insert, forceMoveMarkers: true }]);
    this.editor.pushUndoStop();
    this.editor.focus();
  }

  /** The selected text (what Add Term takes as the English), or '' when nothing is selected. */
  selectedText(): string {
    const model = this.editor.getModel();
    const selection = this.editor.getSelection();
    return model && selection && !selection.isEmpty() ? model.getValueInRange(selection) : '';
  }

  /** The selection as UTF-16 offsets into the text, or null when nothing is selected. */
  selectionOffsets(): { start: number; end: number } | null {
    const model = this.editor.getModel();
    const selection = this.editor.getSelection();
    if (!model || !selection || selection.isEmpty()) return null;
    return { start: model.getOffsetAt(selection.getStartPosition()), end: model.getOffsetAt(selection.getEndPosition()) };
  }

  /** Where, on screen, the selection ends (to place a popover under it). */
  selectionAnchor(): { x: number; y: number } {
    const selection = this.editor.getSelection();
    const box = this.container.getBoundingClientRect();
    const at = selection ? this.editor.getScrolledVisiblePosition(selection.getEndPosition()) : null;
    return at ? { x: box.left + at.left, y: box.top + at.top + at.height } : { x: box.left + 20, y: box.bottom };
  }

  /**
   * Shows annotation spans of the segment as decorations; Monaco moves them with the text while
   * the person types (the server re-anchors the stored spans when the text is saved).
   */
  setAnnotations(spans: readonly { id: number; start: number; end: number; className: string; hover: string }[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    const length = model.getValueLength();
    this.decorations.set(
      spans
        .filter((s) => s.end > s.start && s.start < length)
        .map((s) => {
          const start = model.getPositionAt(s.start);
          const end = model.getPositionAt(Math.min(s.end, length));
          return {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            options: { inlineClassName: s.className, hoverMessage: { value: s.hover }, stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
          };
        }),
    );
  }

  /** Registers completions (speaker names from the registry, glossary English) for the English text. */
  setCompletions(provide: () => readonly { label: string; detail: string; kind?: 'speaker' | 'term' }[]): void {
    this.completions?.dispose();
    this.completions = monaco.languages.registerCompletionItemProvider('plaintext', {
      triggerCharacters: [],
      provideCompletionItems: (model, position) => {
        const word = model.getWordUntilPosition(position);
        const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
        return {
          suggestions: provide().map((item, i) => ({
            label: item.label, detail: item.detail, insertText: item.label, range,
            kind: item.kind === 'term' ? monaco.languages.CompletionItemKind.Reference : monaco.languages.CompletionItemKind.User,
            // The list's order is the caller's (terms of this segment first): Monaco sorts by this text.
            sortText: String(i).padStart(5, '0'),
          })),
        };
      },
    });
  }

  /** True while the editor (or one of its widgets) has the keyboard. */
  hasFocus(): boolean {
    return this.editor.hasWidgetFocus();
  }

  dispose(): void {
    this.resize.disconnect();
    this.completions?.dispose();
    this.spelling.dispose();
    for (const dispose of this.disposers) dispose();
    this.editor.dispose();
  }

  private layout(): void {
    if (!this.host) return;
    const height = Math.max(MIN_HEIGHT, this.editor.getContentHeight());
    const width = this.host.clientWidth;
    this.container.style.height = `${height}px`;
    this.editor.layout({ width, height });
  }

  private applyTheme(): void {
    monaco.editor.setTheme(window.matchMedia('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs');
  }
}
