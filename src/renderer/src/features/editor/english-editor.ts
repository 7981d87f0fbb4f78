import type { MenuCommand } from '../../../../api/contract';
import type { KeyChord, KeyCommand } from '../commands/key-commands';
import { monaco } from './monaco-setup';

export interface EnglishEditorEvents {
  onChange(text: string): void;
  onCommand(command: MenuCommand): void;
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
      fontFamily: "'Noto Sans', 'Segoe UI', sans-serif",
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

  /** True while the editor (or one of its widgets) has the keyboard. */
  hasFocus(): boolean {
    return this.editor.hasWidgetFocus();
  }

  dispose(): void {
    this.resize.disconnect();
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
