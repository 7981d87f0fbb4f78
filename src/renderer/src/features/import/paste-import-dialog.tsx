import { useState } from 'react';
import { useAppStore } from '../../store-context';
import { ModalForm } from '../../ui/modal-form';

/** Paste an Arabic text and import it as a new document. */
export function PasteImportDialog() {
  const { actions } = useAppStore();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const canImport = title.trim() !== '' && text.trim() !== '';
  return (
    <ModalForm label="Paste a text" onSubmit={() => canImport && void actions.importPasted(title.trim(), text)}>
        <h2>Paste an Arabic text</h2>
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label>
          Text (each line is a paragraph)
          <textarea dir="rtl" lang="ar" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={actions.closePaste}>Cancel</button>
          <button type="submit" className="primary" disabled={!canImport}>Import</button>
        </div>
    </ModalForm>
  );
}
