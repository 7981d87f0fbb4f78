import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { chordLabel, searchActions, type ActionHit, type ActionId } from '../../../../api/actions';
import type { CommandTarget } from '../commands/command-target';
import { runAction, whyDisabled } from '../commands/run-action';
import { closePalette, paletteStore } from './palette-store';

/** The label with the typed letters in bold. */
function Highlighted({ text, positions }: { text: string; positions: readonly number[] }) {
  const marked = new Set(positions);
  return (
    <span className="palette-label">
      {[...text].map((ch, i) => (marked.has(i) ? <mark key={i}>{ch}</mark> : ch))}
    </span>
  );
}

interface Row extends ActionHit {
  reason: string | null;
}

/** Ctrl+Shift+P: every action, found by typing part of its name; Enter runs it, Esc closes. */
export function CommandPalette({ target }: { target: CommandTarget }) {
  const open = useSyncExternalStore(paletteStore.subscribe, () => paletteStore.get().open);
  return open ? <PaletteDialog target={target} /> : null;
}

function PaletteDialog({ target }: { target: CommandTarget }) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Where the keyboard was (the English editor, a row): it goes back there, so Split finds its cursor.
  const [returnFocus] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  // The preconditions are read when the palette opens and as the query changes (state does not change meanwhile).
  const rows: Row[] = useMemo(
    () => searchActions(query).filter((hit) => hit.action.id !== 'palette.open').map((hit) => ({ ...hit, reason: whyDisabled(target, hit.action.id) })),
    [query, target],
  );
  const current = Math.min(selected, Math.max(rows.length - 1, 0));

  useEffect(() => input.current?.focus(), []);
  useLayoutEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const close = () => {
    closePalette();
    if (returnFocus?.isConnected) returnFocus.focus();
  };
  const run = (id: ActionId) => {
    close();
    runAction(target, id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') setSelected((current + 1) % Math.max(rows.length, 1));
    else if (e.key === 'ArrowUp') setSelected((current - 1 + rows.length) % Math.max(rows.length, 1));
    else if (e.key === 'Enter') {
      const row = rows[current];
      if (row && !row.reason) run(row.action.id);
    } else if (e.key !== 'Tab') return; // Tab stays in the palette

    e.preventDefault();
    e.stopPropagation();
  };

  const optionId = (id: ActionId) => `palette-${id.replace(/\./g, '-')}`;
  return (
    <div className="palette-backdrop" onMouseDown={close}>
      {/* mousedown's default would take the focus from the input (and a blur must not lose the click). */}
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => {
        e.stopPropagation();
        if (e.target !== input.current) e.preventDefault();
      }}>
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-label="Type the name of an action"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={rows[current] ? optionId(rows[current].action.id) : undefined}
          placeholder="Type the name of an action (↑↓ to choose, Enter to run, Esc to close)"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" ref={list} className="palette-list" role="listbox" aria-label="Actions">
          {rows.map((row, i) => (
            <li
              key={row.action.id}
              id={optionId(row.action.id)}
              role="option"
              aria-selected={i === current}
              aria-disabled={row.reason !== null}
              className={`palette-row${row.reason ? ' disabled' : ''}`}
              title={row.reason ?? row.action.description}
              onMouseMove={() => i !== current && setSelected(i)}
              onClick={() => !row.reason && run(row.action.id)}
            >
              <span className="palette-text">
                <Highlighted text={row.action.label} positions={row.match.positions} />
                <span className="palette-detail">{row.reason ?? row.action.description}</span>
              </span>
              {row.action.keys && <kbd className="palette-key">{chordLabel(row.action.keys)}</kbd>}
            </li>
          ))}
          {rows.length === 0 && <li className="palette-empty">No action matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
