import { Fragment } from 'react';
import type { WordDiffPiece } from '../../../../core/review/word-diff';

/**
 * A word diff inline: removed words struck through, added words underlined. Where a removed word
 * and its replacement meet without a space, a space is shown between them: in Arabic two words
 * written together would join into one (shaping runs across elements).
 */
export function WordDiffView({ pieces }: { pieces: readonly WordDiffPiece[] }) {
  return (
    <>
      {pieces.map((piece, k) => {
        const previous = pieces[k - 1];
        const gap = previous?.kind === 'removed' && piece.kind === 'added' && !/\s$/.test(previous.text) && !/^\s/.test(piece.text);
        return (
          <Fragment key={k}>
            {gap && <span className="diff-gap" aria-hidden="true">{' '}</span>}
            {piece.kind === 'same' ? (
              <span className="diff-same">{piece.text}</span>
            ) : piece.kind === 'removed' ? (
              <del className="diff-removed">{piece.text}</del>
            ) : (
              <ins className="diff-added">{piece.text}</ins>
            )}
          </Fragment>
        );
      })}
    </>
  );
}
