import type { Segment } from '../../../core/model';

export const PAGE_SIZE = 200;

/**
 * Segments of the open document, loaded a page at a time as the grid shows them, so a
 * 100,000-segment document costs only what is on screen.
 */
export class SegmentCache {
  private readonly pages = new Map<number, Segment[]>();
  private readonly loading = new Map<number, Promise<void>>();

  constructor(private readonly loadPage: (offset: number, limit: number) => Promise<Segment[]>) {}

  get(index: number): Segment | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** A loaded segment by id, with its row (segments on screen are always loaded). */
  findById(id: number): { segment: Segment; index: number } | undefined {
    for (const [page, segments] of this.pages) {
      const at = segments.findIndex((s) => s.id === id);
      if (at >= 0) return { segment: segments[at]!, index: page * PAGE_SIZE + at };
    }
    return undefined;
  }

  replace(index: number, segment: Segment): void {
    const page = this.pages.get(Math.floor(index / PAGE_SIZE));
    if (page) page[index % PAGE_SIZE] = segment;
  }

  /** Resolves once the page holding `index` is loaded; concurrent callers share one request. */
  ensure(index: number): Promise<void> {
    const pageNo = Math.floor(index / PAGE_SIZE);
    if (this.pages.has(pageNo)) return Promise.resolve();
    let pending = this.loading.get(pageNo);
    if (!pending) {
      pending = this.loadPage(pageNo * PAGE_SIZE, PAGE_SIZE)
        .then((items) => {
          this.pages.set(pageNo, items);
        })
        .finally(() => this.loading.delete(pageNo));
      this.loading.set(pageNo, pending);
    }
    return pending;
  }

  isLoaded(index: number): boolean {
    return this.pages.has(Math.floor(index / PAGE_SIZE));
  }
}
