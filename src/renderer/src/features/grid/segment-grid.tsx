import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useAnnotationState, useAnnotationStore, useAppState, useAppStore, useCommentStore, useQaStore, useSearchStore } from '../../store-context';
import { KEY_COMMANDS } from '../commands/key-commands';
import { runAction } from '../commands/run-action';
import { activeEditor, setActiveEditor, subscribeActiveEditor } from '../editor/active-editor';
import { knownTerms, loadEntries, termStore, useTermProject, useTermsFollowRegistry } from '../glossary/term-store';
import { EnglishEditor } from '../editor/english-editor';
import { useLayout } from '../layout/layout-store';
import { GridFilterBar, ReviewToolbar } from '../review/review-toolbar';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import { AlignmentToolbar } from './alignment-toolbar';
import { estimateRowHeight } from '../../state/row-estimate';
import { SegmentRow } from './segment-row';

export function SegmentGrid() {
  const appStore = useAppStore();
  const { actions } = appStore;
  const search = useSearchStore();
  const annotations = useAnnotationStore();
  const comments = useCommentStore();
  const qa = useQaStore();
  const total = useAppState((s) => s.total);
  const activeIndex = useAppState((s) => s.activeIndex);
  const selectionEnd = useAppState((s) => s.selectionEnd);
  const inSelection = (i: number) =>
    activeIndex !== null && selectionEnd !== null && i >= Math.min(activeIndex, selectionEnd) && i <= Math.max(activeIndex, selectionEnd);
  const scrollRequest = useAppState((s) => s.scrollRequest);
  const cacheVersion = useAppState((s) => s.cacheVersion); // re-render rows when cached segments change
  const filtersShown = useLayout((s) => s.filtersShown);
  const hasDocument = useAppState((s) => s.documentId !== null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const editor = useSyncExternalStore(subscribeActiveEditor, activeEditor);
  const readOnly = useAppState((s) => s.project?.readOnly != null);
  useTermProject(useAppState((s) => s.project?.path ?? null));
  useTermsFollowRegistry(useAnnotationState((s) => s.speakers));
  useEffect(() => editor?.setReadOnly(readOnly), [editor, readOnly]);

  useEffect(() => {
    const instance = new EnglishEditor({
      onChange: (text) => actions.editTarget(text),
      onMessage: (message) => actions.notify(message),
      onCommand: (command) => {
        // A key pressed in the editor splits at the editor's cursor.
        if (command === 'alignment.split') void actions.split('target', instance.cursorOffset());
        else runAction({ app: appStore, search, annotations, comments, qa }, command);
      },
    }, KEY_COMMANDS);
    // Ctrl+Space in the English offers the glossary's English (this segment's terms first, then the
    // rest) and the registry's English names, each with its Arabic to check against.
    void loadEntries().catch(() => undefined);
    instance.setCompletions(() => {
      const index = appStore.store.get().activeIndex;
      const segment = index === null ? undefined : appStore.actions.segmentAt(index);
      const here = segment ? knownTerms(segment.id, segment.source) : [];
      const seen = new Set<string>();
      const items: { label: string; detail: string; kind: 'speaker' | 'term' }[] = [];
      const add = (label: string, detail: string, kind: 'speaker' | 'term') => {
        if (label.trim() === '' || seen.has(label)) return;
        seen.add(label);
        items.push({ label, detail, kind });
      };
      for (const hit of here) for (const english of hit.targets) add(english, `${hit.term} — in this segment`, 'term');
      for (const entry of termStore.get().entries ?? []) {
        for (const t of entry.targets) if (t.status !== 'forbidden') add(t.text, `${entry.sources.map((s) => s.text).join('، ')} — glossary`, 'term');
      }
      for (const s of annotations.store.get().speakers) add(s.nameTarget, [s.nameSource, s.role].filter(Boolean).join(' — '), 'speaker');
      // The entries load again after a glossary change; the next Ctrl+Space has them.
      if (termStore.get().entries === null) void loadEntries().catch(() => undefined);
      return items;
    });
    setActiveEditor(instance);
    return () => {
      setActiveEditor(null);
      instance.dispose();
    };
  }, [actions, appStore, search, annotations, comments, qa]);

  // Heights are remembered by segment id (a row keeps its height across filters and reloads).
  const keyOf = useCallback((index: number) => actions.segmentAt(index)?.id, [actions]);
  const estimate = useCallback((index: number, width: number) => estimateRowHeight(actions.segmentAt(index), width), [actions]);
  const virtual = useVirtualRows({ count: total, scrollRef, keyOf, estimate, overscan: 6, contentVersion: cacheVersion });
  const { scrollToIndex } = virtual;

  useEffect(() => {
    if (scrollRequest) scrollToIndex(scrollRequest.index, 'auto');
  }, [scrollRequest, scrollToIndex]);

  const commandTarget = useMemo(() => ({ app: appStore, search, annotations, comments, qa }), [appStore, search, annotations, comments, qa]);

  const items = virtual.rows;
  for (const item of items) actions.ensureLoaded(item.index);

  return (
    <section className="grid" aria-label="Segments">
      {/* One compact ribbon of the frequent actions; everything else is in the menus and the palette (Ctrl+Shift+P). */}
      {hasDocument && (
        <div className="ribbon" role="region" aria-label="Ribbon">
          <AlignmentToolbar target={commandTarget} />
          <ReviewToolbar target={commandTarget} />
        </div>
      )}
      {hasDocument && filtersShown && <GridFilterBar />}
      <div className="grid-header" role="presentation" hidden={!hasDocument}>
        <span className="col-gutter">#</span>
        <span className="col-target">English</span>
        <span className="col-source" lang="ar" dir="rtl">
          العربية
        </span>
      </div>
      <div className="grid-scroll" ref={scrollRef} data-testid="grid-scroll">
        {!hasDocument ? (
          <p className="muted empty">Choose a document on the left, or import an Arabic text.</p>
        ) : total === 0 ? (
          <p className="muted empty">This document has no segments.</p>
        ) : (
          <div className="grid-canvas" style={{ height: virtual.totalSize }} role="list">
            {items.map((item) => (
              <div
                key={item.index}
                data-index={item.index}
                ref={virtual.measureRef}
                className="grid-row-slot"
                style={{ transform: `translateY(${item.start}px)` }}
                role="listitem"
              >
                <SegmentRow
                  index={item.index}
                  segment={actions.segmentAt(item.index)}
                  active={item.index === activeIndex}
                  selected={inSelection(item.index)}
                  editor={item.index === activeIndex ? editor : null}
                />
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
