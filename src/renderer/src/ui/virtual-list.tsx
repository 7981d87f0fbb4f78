import { useCallback, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { useScrollToSelected, useVirtualRows } from './use-virtual-rows';

/** Where a drawn item of a virtual list sits: its element carries these (measurement, screen readers). */
export interface ListRow {
  index: number;
  total: number;
  measureRef: (element: HTMLElement | null) => void;
}

/** The attributes an item's element takes from its `ListRow` (none outside a virtual list). */
export function listRowProps(index: number | undefined, total: number | undefined) {
  return { 'data-index': index, 'aria-posinset': index === undefined ? undefined : index + 1, 'aria-setsize': total };
}

interface Props<T, K> {
  items: readonly T[];
  /** What an item shows, to remember its measured height by. */
  keyOf: (item: T) => K;
  /** An item's height before it is drawn, at the list's width. */
  estimate: (item: T, width: number) => number;
  renderItem: (item: T, row: ListRow) => ReactNode;
  /** The scroller's class (it must scroll: `overflow-y: auto` in a bounded box). */
  scrollClassName: string;
  ordered?: boolean;
  /** The list's own attributes (class, role, label, keys). */
  listProps: HTMLAttributes<HTMLElement>;
  /** Space the list's CSS puts between items (flex gap). */
  gap?: number;
  /** An item to keep in view (a selection moved by keys or chosen elsewhere); -1 or null for none. */
  selectedIndex?: number | null;
  overscan?: number;
}

/**
 * A long list of which only the items on screen are drawn (`useVirtualRows`): the padding on the list
 * stands for the others (on the list, not the scroller, which would then grow as tall as the list).
 */
export function VirtualList<T, K>({ items, keyOf, estimate, renderItem, scrollClassName, ordered = false, listProps, gap = 0, selectedIndex, overscan }: Props<T, K>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const keyAt = useCallback((i: number) => (i < items.length ? keyOf(items[i]!) : undefined), [items, keyOf]);
  const estimateAt = useCallback((i: number, width: number) => (i < items.length ? estimate(items[i]!, width) : 0), [items, estimate]);
  const virtual = useVirtualRows({ count: items.length, scrollRef, listRef, keyOf: keyAt, estimate: estimateAt, gap, overscan, contentVersion: items });
  useScrollToSelected(virtual, selectedIndex);
  const List = ordered ? 'ol' : 'ul';
  return (
    <div className={scrollClassName} ref={scrollRef}>
      <List
        {...listProps}
        ref={(element: HTMLElement | null) => {
          listRef.current = element;
        }}
        style={{ paddingTop: virtual.paddingTop, paddingBottom: virtual.paddingBottom }}
      >
        {virtual.rows.map(({ index }) => renderItem(items[index]!, { index, total: items.length, measureRef: virtual.measureRef }))}
      </List>
    </div>
  );
}
