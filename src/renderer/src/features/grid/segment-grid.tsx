import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnnotationStore, useAppState, useAppStore, useCommentStore, useQaStore, useSearchStore } from '../../store-context';
import { KEY_COMMANDS } from '../commands/key-commands';
import { runAction } from '../commands/run-action';
import { setActiveEditor } from '../editor/active-editor';
import { EnglishEditor } from '../editor/english-editor';
import { useLayout } from '../layout/layout-store';
import { GridFilterBar, ReviewToolbar } from '../review/review-toolbar';
import { AlignmentToolbar } from './alignment-toolbar';
import { SegmentRow } from './segment-row';

const ESTIMATED_ROW_HEIGHT = 64;

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
  useAppState((s) => s.cacheVersion); // re-render rows when cached segments change
  const filtersShown = useLayout((s) => s.filtersShown);
  const hasDocument = useAppState((s) => s.documentId !== null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EnglishEditor | null>(null);
  const readOnly = useAppState((s) => s.project?.readOnly != null);
  useEffect(() => editor?.setReadOnly(readOnly), [editor, readOnly]);

  useEffect(() => {
    const instance = new EnglishEditor({
      onChange: (text) => actions.editTarget(text),
      onCommand: (command) => {
        // A key pressed in the editor splits at the editor's cursor.
        if (command === 'alignment.split') void actions.split('target', instance.cursorOffset());
        else runAction({ app: appStore, search, annotations, comments, qa }, command);
      },
    }, KEY_COMMANDS);
    // Ctrl+Space in the English offers the registry's English names (and the Arabic to check against).
    instance.setCompletions(() =>
      annotations.store
        .get()
        .speakers.filter((s) => s.nameTarget.trim() !== '')
        .map((s) => ({ label: s.nameTarget, detail: [s.nameSource, s.role].filter(Boolean).join(' — ') })),
    );
    setEditor(instance);
    setActiveEditor(instance);
    return () => {
      setActiveEditor(null);
      instance.dispose();
    };
  }, [actions, appStore, search, annotations, comments, qa]);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    if (scrollRequest) virtualizer.scrollToIndex(scrollRequest.index, { align: 'auto' });
  }, [scrollRequest, virtualizer]);

  const commandTarget = useMemo(() => ({ app: appStore, search, annotations, comments, qa }), [appStore, search, annotations, comments, qa]);

  const items = virtualizer.getVirtualItems();
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
          <div className="grid-canvas" style={{ height: virtualizer.getTotalSize() }} role="list">
            {items.map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
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
