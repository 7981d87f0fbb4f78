import { useEffect, useState } from 'react';
import { refreshProjectWords, removeProjectWord, useSpelling } from './spelling-store';
import './dictionary.css';

export const DICTIONARY_AID = 'dictionary';

/** The project dictionary: words added from the spell-check (removable) and the names it learned. */
export function DictionaryPanel() {
  const words = useSpelling((s) => s.words);
  const [problem, setProblem] = useState('');
  useEffect(() => void refreshProjectWords(true), []);
  if (!words) return <p className="muted">Loading…</p>;
  const remove = (word: string) => {
    setProblem('');
    removeProjectWord(word).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div className="dictionary" aria-label="Project dictionary">
      <h3>Added words ({words.added.length})</h3>
      {words.added.length === 0 && <p className="muted">None yet. On a word the spell-check underlines, press Ctrl+. and choose “Add to the project dictionary”.</p>}
      {problem && <p role="alert" className="dictionary-error">{problem}</p>}
      <ul className="dictionary-words" aria-label="Added words">
        {words.added.map((word) => (
          <li key={word}>
            <span dir="auto">{word}</span>
            <button type="button" className="icon-button" aria-label={`Remove ${word}`} title="Remove from the project dictionary" onClick={() => remove(word)}>✕</button>
          </li>
        ))}
      </ul>
      <h3>Learned from the registry and the glossary ({words.learned.length})</h3>
      <p className="dictionary-learned" dir="auto">{words.learned.join(' · ') || '—'}</p>
    </div>
  );
}
