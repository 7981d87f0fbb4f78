// Phrase (formerly Memsource) .mxliff: XLIFF 1.2 with Phrase's own attributes in the namespace
// http://www.memsource.com/mxlf/2.0 (prefix m:). The units, languages, notes and inline markup are
// read by the XLIFF 1.2 parser; this module adds what only Phrase says, from each <trans-unit>:
//   m:locked="true" (a segment the project manager or a 101 % match locked) → approved
//   m:confirmed="N": the workflow step the segment was confirmed at (the root's m:level is the
//     job's step; 0 = not confirmed): 1 → translated, 2 or more (a review step) → reviewed;
//     0 → draft when there is a target, new when there is none
//   m:modified-at (epoch milliseconds) / m:modified-by → when and by whom it last changed
//     (m:created-at / m:created-by when it was never modified).
// A unit without m:confirmed keeps the status its XLIFF state gives. One warning says how many
// units took each status, so the mapping is never silent.
import type { SegmentStatus } from '../../model.js';
import type { ImportedFile } from '../types.js';
import { clean, isBlank, units } from './common.js';
import { xliffMajor, type PairsImporter } from './importer.js';
import { parseXliff } from './xliff.js';
import { attr, parseXml, type XElement } from './xml.js';

export const MXLF_NS = 'http://www.memsource.com/mxlf/2.0';

interface PhraseState {
  confirmed: number | null;
  locked: boolean;
  changedAt: number | null;
  changedBy: string | null;
}

function epochMillis(value: string | undefined): number | null {
  const n = Number(value);
  return value !== undefined && /^\d{1,15}$/.test(value.trim()) && n > 0 ? n : null;
}

function phraseState(tu: XElement): PhraseState {
  const confirmed = attr(tu, 'confirmed', MXLF_NS);
  const by = attr(tu, 'modified-by', MXLF_NS) ?? attr(tu, 'created-by', MXLF_NS);
  return {
    confirmed: confirmed !== undefined && /^\s*\d+\s*$/.test(confirmed) ? Number(confirmed) : null,
    locked: attr(tu, 'locked', MXLF_NS)?.trim().toLowerCase() === 'true',
    changedAt: epochMillis(attr(tu, 'modified-at', MXLF_NS)) ?? epochMillis(attr(tu, 'created-at', MXLF_NS)),
    changedBy: by !== undefined && !isBlank(by) ? clean(by.trim()) : null,
  };
}

function statusOf(state: PhraseState, target: string, fallback: SegmentStatus | null): SegmentStatus | null {
  const translated = target.trim() !== '';
  if (state.locked && translated) return 'approved';
  if (state.confirmed === null) return fallback;
  if (state.confirmed >= 2 && translated) return 'reviewed';
  if (state.confirmed === 1 && translated) return 'translated';
  return translated ? 'draft' : 'new';
}

export function parseMxliff(text: string, name: string): ImportedFile {
  const file = parseXliff(text, name);
  // Phrase's attributes by trans-unit id (ids are unique in a <file>; a job has one <file>).
  const states = new Map<string, PhraseState>();
  parseXml(text, name, {
    open(el) {
      if (el.local === 'trans-unit') {
        const id = attr(el, 'id');
        if (id !== undefined && !states.has(id)) states.set(id, phraseState(el));
      }
      return false;
    },
    captured() {},
  });
  const counts = new Map<SegmentStatus | 'unchanged', number>();
  const out = file.units.map((unit) => {
    const state = unit.id === null ? undefined : (states.get(unit.id) ?? states.get(unit.id.slice(unit.id.indexOf(':') + 1)));
    if (!state) return unit;
    const status = statusOf(state, unit.target, unit.status);
    counts.set(status ?? 'unchanged', (counts.get(status ?? 'unchanged') ?? 0) + 1);
    return { ...unit, status, changedAt: state.changedAt ?? unit.changedAt ?? null, changedBy: state.changedBy ?? unit.changedBy ?? null };
  });
  const said = (key: SegmentStatus, why: string) => (counts.get(key) ? [`${units(counts.get(key)!)} ${why} → ${key}`] : []);
  const summary = [
    ...said('approved', 'locked'),
    ...said('reviewed', 'confirmed at a review step'),
    ...said('translated', 'confirmed'),
    ...said('draft', 'not confirmed'),
    ...said('new', 'not translated'),
  ];
  return {
    ...file,
    format: 'mxliff',
    units: out,
    warnings: [...(summary.length > 0 ? [`Phrase states were kept: ${summary.join('; ')}`] : []), ...file.warnings],
  };
}

export const mxliffImporter: PairsImporter = {
  kind: 'pairs',
  format: 'mxliff',
  label: 'Phrase MXLIFF',
  extensions: ['mxliff'],
  sniff: ({ root }) => (root?.local === 'xliff' && xliffMajor(root.tag) === 1 && root.tag.includes(MXLF_NS) ? 'sure' : null),
  parse: (text, name) => parseMxliff(text, name),
};
