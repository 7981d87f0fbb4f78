import type { BilingualPreview, ColumnMappingInput } from '../../../../api/contract';
import { importLabel } from '../../../../core/formats/importers';
import { useAppStore } from '../../store-context';


/** A bilingual file before import: what it holds and, for TSV/CSV, which column is which. */
export function BilingualPreviewView({ preview, mapping }: { preview: BilingualPreview; mapping: ColumnMappingInput | null }) {
  const { actions } = useAppStore();
  const columns = preview.delimited ? Math.max(0, ...preview.delimited.rows.map((r) => r.length)) : 0;
  const columnSelect = (label: string, key: 'source' | 'target' | 'status' | 'notes') =>
    mapping && (
      <label>
        {label}
        <select
          value={mapping[key] ?? ''}
          onChange={(e) => {
            const { [key]: _old, ...rest } = mapping;
            void actions.setImportMapping(e.target.value === '' ? { ...rest, source: mapping.source, target: mapping.target } : { ...mapping, [key]: Number(e.target.value) });
          }}
        >
          {(key === 'status' || key === 'notes') && <option value="">— none —</option>}
          {Array.from({ length: columns }, (_, i) => (
            <option key={i} value={i}>
              Column {i + 1}
              {preview.delimited?.rows[0]?.[i] ? ` (${preview.delimited.rows[0][i]!.slice(0, 24)})` : ''}
            </option>
          ))}
        </select>
      </label>
    );
  return (
    <>
      <p className="muted" role="status">
        {importLabel(preview.format)} · {preview.units} units · {preview.sourceLang ?? '?'} → {preview.targetLang ?? '?'}
      </p>
      {preview.delimited && mapping && (
        <div className="import-mapping">
          {columnSelect('Arabic (source) column', 'source')}
          {columnSelect('English (target) column', 'target')}
          {columnSelect('Status column', 'status')}
          {columnSelect('Comments column', 'notes')}
          <label>
            <input type="checkbox" checked={mapping.hasHeader} onChange={(e) => void actions.setImportMapping({ ...mapping, hasHeader: e.target.checked })} />
            First row is a header
          </label>
        </div>
      )}
      {preview.warnings.map((w) => (
        <p key={w} className="import-warning" role="note">
          {w}
        </p>
      ))}
      <table className="bilingual-sample" aria-label="First units">
        <tbody>
          {preview.sample.map((u, i) => (
            <tr key={i}>
              <td dir="rtl" lang="ar">{u.source}</td>
              <td dir="auto">{u.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
