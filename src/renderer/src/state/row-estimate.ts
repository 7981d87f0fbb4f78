import type { Segment } from '../../../core/model';
import { wrappedLines } from './estimate-text';

/** Height of a row whose segment is not loaded yet. */
export const UNLOADED_ROW_HEIGHT = 64;

// The grid's CSS (styles.css): a 112px gutter, then English and Arabic halves; English 15px on 24px
// lines with 16px padding, Arabic 19px Naskh on 1.9 lines with 10px padding; rows at least 40px.
// Average advance widths were measured on the corpus in the bundled fonts (Latin ≈ 7.3px, Naskh ≈ 8.6px).
const GUTTER = 112;
const EN = { advance: 7.3, line: 24, padding: 16, inset: 24 };
const AR = { advance: 8.6, line: 19 * 1.9, padding: 10, inset: 28 };
const MIN_ROW = 40;
const BORDER = 1;

/**
 * A segment row's height before it is measured, from its text's length and the columns' width: close
 * enough that the scrollbar is honest and a jump lands near its row; measurement corrects it on screen.
 */
export function estimateRowHeight(segment: Pick<Segment, 'source' | 'target'> | undefined, gridWidth: number): number {
  if (!segment) return UNLOADED_ROW_HEIGHT;
  const column = Math.max(120, (gridWidth - GUTTER) / 2);
  const english = wrappedLines(segment.target, (column - EN.inset) / EN.advance) * EN.line + EN.padding;
  const arabic = wrappedLines(segment.source, (column - AR.inset) / AR.advance) * AR.line + AR.padding;
  return Math.ceil(Math.max(MIN_ROW, english, arabic)) + BORDER;
}
