import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useAppState, useAppStore, useSearchStore } from '../../store-context';
import { EnglishEditor } from '../editor/english-editor';
import { SegmentRow } from './segment-row';
import { useGridKeyboard } from './use-grid-keyboard';

const ESTIMATED_ROW_HEIGHT = 64;

export function SegmentGrid() {
  const { actions } = useAppStore();
  const search = useSearchStore();
  const total = useAppState((s) => s.total);
  const activeIndex = useAppState((s) => s.activeIndex);
  const scrollRequest = useAppState((s) => s.scrollRequest);
  useAppState((s) => s.cacheVersion); // re-render rows when cached segments change
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EnglishEditor | null>(null);

  useEffect(() => {
    const instance = new EnglishEditor({
      onChange: (text) => actions.editTarget(text),
      onCommand: (command) => {
        if (command === 'confirm') void actions.confirmAndNext();
        else if (command === 'search') search.actions.open();
        else void actions.move(command === 'next' ? 1 : -1);
      },
    });
    setEditor(instance);
    return () => instance.dispose();
  }, [actions, search]);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    if (scrollRequest) virtualizer.scrollToIndex(scrollRequest.index, { align: 'auto' });
  }, [scrollRequest, virtualizer]);

  useGridKeyboard(actions);

  const items = virtualizer.getVirtualItems();
  for (const item of items) actions.ensureLoaded(item.index);

  return (
    <section className="grid" aria-label="Segments">
      <div className="grid-header" role="presentation">
        <span className="col-gutter">#</span>
        <span className="col-target">English</span>
        <span className="col-source" lang="ar" dir="rtl">
          العربية
        </span>
      </div>
      <div className="grid-scroll" ref={scrollRef} data-testid="grid-scroll">
        {total === 0 ? (
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
