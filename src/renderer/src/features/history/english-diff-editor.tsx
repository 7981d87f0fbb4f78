import { useEffect, useRef } from 'react';
import { monaco } from '../editor/monaco-setup';

const MIN_HEIGHT = 48;
const MAX_HEIGHT = 320;

/** Monaco's diff editor, read-only, side by side: an English revision against the current text. */
export function EnglishDiffEditor({ original, modified }: { original: string; modified: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const originalModel = monaco.editor.createModel(original, 'plaintext');
    const modifiedModel = monaco.editor.createModel(modified, 'plaintext');
    const diff = monaco.editor.createDiffEditor(element, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      ignoreTrimWhitespace: false,
      // Icons need Monaco's codicon font, which the app does not load: colours alone mark the changes.
      renderIndicators: false,
      renderMarginRevertIcon: false,
      renderGutterMenu: false,
      renderOverviewRuler: false,
      minimap: { enabled: false },
      lineNumbers: 'off',
      lineNumbersMinChars: 0,
      lineDecorationsWidth: 6,
      glyphMargin: false,
      folding: false,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      fontFamily: "'Noto Sans', 'Segoe UI', sans-serif",
      fontSize: 14,
      lineHeight: 22,
      contextmenu: false,
      unicodeHighlight: { ambiguousCharacters: false },
    });
    diff.setModel({ original: originalModel, modified: modifiedModel });
    // As tall as the longer side's wrapped text (up to a limit), so a sentence is read whole.
    const fit = () => {
      const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, diff.getOriginalEditor().getContentHeight(), diff.getModifiedEditor().getContentHeight()));
      if (element.style.height !== `${height}px`) {
        element.style.height = `${height}px`;
        diff.layout();
      }
    };
    const listeners = [diff.getOriginalEditor().onDidContentSizeChange(fit), diff.getModifiedEditor().onDidContentSizeChange(fit), diff.onDidUpdateDiff(fit)];
    fit();
    return () => {
      for (const listener of listeners) listener.dispose();
      // Detach the models first: disposing a diff editor whose diff is still being computed, with its
      // models attached, made Monaco throw "no diff result available" when the History dialog closed early.
      diff.setModel(null);
      diff.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
    };
  }, [original, modified]);
  return <div className="history-monaco-diff" ref={host} data-testid="history-monaco-diff" />;
}
