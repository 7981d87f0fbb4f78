import { useCallback, useLayoutEffect, useReducer, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { HeightMemo, RowHeights } from '../state/row-heights';

/**
 * Virtual rows of variable height for long lists (the segment grid, search results, the document's
 * annotations and comment threads): only the rows on screen are in the DOM, their heights are
 * measured by one ResizeObserver and applied once per frame in O(log n) each (`RowHeights`),
 * remembered by the row's key (a segment id) and estimated until measured. When rows above the
 * one being read change height, the scroll offset moves with them so what is read stays still.
 */
export interface VirtualRowsOptions<K> {
  count: number;
  /** The scrolling element. */
  scrollRef: RefObject<HTMLElement | null>;
  /** The element the rows start in, when it is not the scroller's top (a list under a heading). */
  listRef?: RefObject<HTMLElement | null>;
  /** What a row shows, to remember its height by; undefined while it is not loaded (not measured). */
  keyOf: (index: number) => K | undefined;
  /** A row's height before it is measured, for the list's width. */
  estimate: (index: number, width: number) => number;
  overscan?: number;
  /** Space the list's CSS puts between rows (flex gap), counted in each row's height. */
  gap?: number;
  /** Changes when rows' content arrived or changed (pages loaded): estimates near the view are redone. */
  contentVersion?: unknown;
}

export interface VirtualRow {
  index: number;
  /** Offset of the row from the list's top. */
  start: number;
}

export interface VirtualRows {
  rows: VirtualRow[];
  totalSize: number;
  /** Padding that stands for the rows before and after those rendered (lists in normal flow). */
  paddingTop: number;
  paddingBottom: number;
  /** Ref for each row's element, which carries `data-index`. */
  measureRef: (element: HTMLElement | null) => void;
  scrollToIndex(index: number, align?: 'auto' | 'start' | 'center'): void;
}

type Align = 'auto' | 'start' | 'center';

/** Re-aligns a requested row this many times while the rows around it are measured… */
const SCROLL_SETTLE_PASSES = 6;
/** …and for no longer than this (ms); a scroll by the user ends it at once. */
const SCROLL_SETTLE_MS = 1000;
/** Rows around the view whose estimates are redone when content arrives (a page of segments). */
const REESTIMATE_MARGIN = 200;

/** The list's heights and the DOM it watches; one per mounted list, outside React's state. */
class VirtualRowsEngine<K> {
  readonly heights = new RowHeights();
  private readonly memo = new HeightMemo<K>();
  private count = -1;
  private width = 0;
  private listTop = 0;
  private scroller: HTMLElement | null = null;
  private list: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private request: { index: number; align: Align; passes: number; until: number } | null = null;
  /** The scroll offset this list last set, to tell its own scroll events from the user's. */
  private ownScrollTop: number | null = null;
  private rendered = { start: 0, end: -1 };
  private keyOf: (index: number) => K | undefined = () => undefined;
  private estimate: (index: number, width: number) => number = () => 0;
  private gap = 0;
  private overscan = 4;

  constructor(private readonly rerender: () => void) {}

  /** Called on each render with the caller's current callbacks; a new row count rebuilds (O(n)). */
  configure(options: VirtualRowsOptions<K>): void {
    this.keyOf = options.keyOf;
    this.estimate = options.estimate;
    this.gap = options.gap ?? 0;
    this.overscan = options.overscan ?? 4;
    if (options.count !== this.count) {
      this.count = options.count;
      this.rebuild();
    }
  }

  private known(index: number): number | undefined {
    const key = this.keyOf(index);
    return key === undefined ? undefined : this.memo.get(key);
  }

  private rebuild(): void {
    this.heights.reset(
      this.count,
      (i) => this.known(i) ?? this.estimate(i, this.width) + this.gap,
      (i) => (this.known(i) !== undefined ? 'measured' : this.keyOf(i) === undefined ? 'default' : 'estimated'),
    );
  }

  /** The rows to render now. */
  view(): VirtualRows {
    const scroller = this.scroller;
    const range = scroller
      ? this.heights.range(scroller.scrollTop - this.listTop, scroller.scrollTop - this.listTop + scroller.clientHeight, this.overscan)
      : { start: 0, end: Math.min(this.count, 20) - 1 };
    this.rendered = range;
    const rows: VirtualRow[] = [];
    for (let i = range.start; i <= range.end; i++) rows.push({ index: i, start: this.heights.offsetOf(i) });
    const totalSize = this.heights.total();
    return {
      rows,
      totalSize,
      paddingTop: rows[0]?.start ?? 0,
      paddingBottom: range.end < 0 ? 0 : Math.max(0, totalSize - this.heights.offsetOf(range.end + 1)),
      measureRef: this.measureRef,
      scrollToIndex: this.scrollToIndex,
    };
  }

  readonly measureRef = (element: HTMLElement | null): void => {
    if (element) this.observer?.observe(element);
  };

  readonly scrollToIndex = (index: number, align: Align = 'auto'): void => {
    this.request = { index, align, passes: 0, until: performance.now() + SCROLL_SETTLE_MS };
    this.align();
  };

  private setScrollTop(next: number): void {
    if (!this.scroller || Math.abs(next - this.scroller.scrollTop) < 1) return;
    this.scroller.scrollTop = next;
    this.ownScrollTop = this.scroller.scrollTop;
  }

  private align(): void {
    const scroller = this.scroller;
    const request = this.request;
    if (!scroller || !request || request.index >= this.heights.count) return;
    const top = this.listTop + this.heights.offsetOf(request.index);
    const height = this.heights.heightOf(request.index);
    const view = scroller.clientHeight;
    let next = scroller.scrollTop;
    if (request.align === 'start') next = top;
    else if (request.align === 'center') next = top - (view - height) / 2;
    else if (top < next) next = top;
    else if (top + height > next + view) next = height > view ? top : top + height - view;
    this.setScrollTop(next);
  }

  private measureListTop(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.listTop = this.list ? this.list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop : 0;
  }

  /**
   * Content arrived (a page of segments): rows near the view that had only the default guess get
   * their remembered height or an estimate from their text. O(k log n) for k such rows.
   */
  reestimate(): void {
    const scroller = this.scroller;
    if (!scroller || this.heights.count === 0) return;
    const { start, end } = this.rendered;
    const changes: [number, number][] = [];
    for (let i = Math.max(0, start - REESTIMATE_MARGIN); i <= Math.min(this.heights.count - 1, end + REESTIMATE_MARGIN); i++) {
      if (this.heights.kindOf(i) !== 'default' || this.keyOf(i) === undefined) continue;
      changes.push([i, this.known(i) ?? this.estimate(i, this.width) + this.gap]);
    }
    if (changes.length === 0) return;
    const before = this.heights.total();
    this.setScrollTop(this.heights.setAnchored(changes, scroller.scrollTop - this.listTop, 'estimated') + this.listTop);
    if (this.heights.total() !== before) this.rerender();
  }

  /** Starts watching the scroller and the rows on screen; returns the undo. */
  attach(scroller: HTMLElement, list: HTMLElement | null): () => void {
    this.scroller = scroller;
    this.list = list;
    this.measureListTop();
    this.width = scroller.clientWidth;
    this.memo.setWidth(this.width);
    this.rebuild();
    const observer = new ResizeObserver((entries) => this.measured(entries));
    observer.observe(scroller);
    // Rows rendered before the observer existed (the first commit attaches refs before effects run).
    for (const row of (list ?? scroller).querySelectorAll<HTMLElement>(':scope > [data-index], :scope > * > [data-index]')) observer.observe(row);
    this.observer = observer;
    const onScroll = () => {
      // The user scrolled (not this list settling a row it was asked to show): leave the view to them.
      if (this.ownScrollTop === null || Math.abs(scroller.scrollTop - this.ownScrollTop) >= 1) this.request = null;
      this.ownScrollTop = null;
      const top = scroller.scrollTop - this.listTop;
      const next = this.heights.range(top, top + scroller.clientHeight, this.overscan);
      if (next.start !== this.rendered.start || next.end !== this.rendered.end) this.rerender();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
      this.observer = null;
      this.scroller = null;
    };
  }

  /** One frame's measurements, applied together (ResizeObserver batches them after layout). */
  private measured(entries: ResizeObserverEntry[]): void {
    const scroller = this.scroller;
    const observer = this.observer;
    if (!scroller || !observer) return;
    let changed = false;
    const rows: [number, number][] = [];
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (element === scroller) {
        if (this.memo.setWidth(scroller.clientWidth)) {
          // Wrapping changed: every remembered height is wrong now; keep the row being read in place.
          this.width = scroller.clientWidth;
          const anchor = this.heights.indexAt(scroller.scrollTop - this.listTop);
          this.rebuild();
          this.setScrollTop(this.listTop + this.heights.offsetOf(anchor));
          changed = true;
        }
        continue;
      }
      if (!element.isConnected) {
        observer.unobserve(element);
        continue;
      }
      const index = Number(element.dataset.index);
      const key = Number.isInteger(index) ? this.keyOf(index) : undefined;
      if (key === undefined) continue;
      const height = (entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height) + this.gap;
      this.memo.set(key, height);
      rows.push([index, height]);
    }
    if (rows.length > 0) {
      this.measureListTop();
      const before = this.heights.total();
      this.setScrollTop(this.heights.setAnchored(rows, scroller.scrollTop - this.listTop) + this.listTop);
      changed ||= this.heights.total() !== before || rows.some(([index]) => index < this.rendered.end);
    }
    if (this.request && this.request.passes++ < SCROLL_SETTLE_PASSES && performance.now() < this.request.until) this.align();
    else this.request = null;
    // Paint the new positions in this frame, not the next (no rows drawn over each other).
    if (changed) flushSync(this.rerender);
  }
}

export function useVirtualRows<K>(options: VirtualRowsOptions<K>): VirtualRows {
  const { scrollRef, listRef, contentVersion, count } = options;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [engine] = useState(() => new VirtualRowsEngine<K>(rerender));
  engine.configure(options);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    return engine.attach(scroller, listRef?.current ?? null);
  }, [engine, scrollRef, listRef]);

  useLayoutEffect(() => engine.reestimate(), [engine, contentVersion, count]);

  return engine.view();
}

/** For lists that scroll a row into view by index (a selection moved by keys). */
export function useScrollToSelected(virtual: VirtualRows, selected: number | null | undefined): void {
  const { scrollToIndex } = virtual;
  const go = useCallback(() => {
    if (selected !== null && selected !== undefined && selected >= 0) scrollToIndex(selected, 'auto');
  }, [scrollToIndex, selected]);
  useLayoutEffect(go, [go]);
}
