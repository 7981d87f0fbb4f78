// TBX-Basic import and export. Import reads both roots: TBX 2 (ISO 30042:2008, `<martif>` with
// termEntry / langSet / tig or ntig/termGrp) and TBX 3 (ISO 30042:2019, `<tbx>` with conceptEntry /
// langSec / termSec), by local name, so namespaced and plain files both read. Per term:
// termNote administrativeStatus (preferredTerm-admn-sts → preferred, admittedTerm → admitted,
// deprecatedTerm / supersededTerm → forbidden; also normativeAuthorization), partOfSpeech; per entry
// (or language, or term): descrip subjectField → domain, descrip definition and note → note.
// Arabic (ar, ar-*) terms are the sources, English (en, en-*) the targets; other languages are counted
// and left out. The XML goes through the same bounded saxes layer as TMX and XLIFF (depth, attributes,
// no entity declarations). Export writes TBX-Basic 2 (`martif`), which every CAT tool reads.
import { refuse, primarySubtag, stripBom } from '../../formats/import/common.js';
import { childElements, langAttr, parseXml, plainText, attr, type XElement } from '../../formats/import/xml.js';
import { XmlEscaper } from '../../formats/export/text.js';
import type { GlossaryEntryFields, GlossaryTerm, TermStatus } from '../types.js';
import type { GlossaryFormatModule, ImportedGlossary } from './types.js';

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termGrp', 'termSec']);

function statusOf(value: string): TermStatus | null {
  const v = value.trim().toLowerCase();
  if (v.startsWith('preferred')) return 'preferred';
  if (v.startsWith('admitted')) return 'admitted';
  if (v.startsWith('deprecated') || v.startsWith('superseded') || v.startsWith('forbidden')) return 'forbidden';
  return null;
}

interface EntryMeta {
  partOfSpeech: string;
  domain: string;
  notes: string[];
}

/** descrip/note/termNote children of `el` (not nested deeper) into `meta`; returns a term status if one is given. */
function readMeta(el: XElement, meta: EntryMeta): TermStatus | null {
  let status: TermStatus | null = null;
  for (const child of childElements(el)) {
    const type = attr(child, 'type') ?? '';
    const value = plainText(child).normalize('NFC').trim();
    if (value === '') continue;
    if (child.local === 'descrip' || child.local === 'descripGrp') {
      const descrip = child.local === 'descrip' ? child : childElements(child, 'descrip')[0];
      const dtype = descrip ? attr(descrip, 'type') ?? '' : '';
      const dvalue = descrip ? plainText(descrip).normalize('NFC').trim() : '';
      if (dtype === 'subjectField' && meta.domain === '') meta.domain = dvalue;
      else if ((dtype === 'definition' || dtype === 'context' || dtype === 'explanation') && dvalue !== '') meta.notes.push(dvalue);
    } else if (child.local === 'note') {
      meta.notes.push(value);
    } else if (child.local === 'termNote' && (type === 'administrativeStatus' || type === 'normativeAuthorization')) {
      status = statusOf(value) ?? status;
    } else if (child.local === 'termNote' && type === 'partOfSpeech' && meta.partOfSpeech === '') {
      meta.partOfSpeech = value;
    }
  }
  return status;
}

/** The terms of one langSet/langSec: each tig/ntig/termSec, or bare <term> children (some exporters). */
function readTerms(lang: XElement, meta: EntryMeta, name: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const fromGroup = (group: XElement): void => {
    const inner = childElements(group, 'termGrp')[0];
    if (inner) {
      fromGroup(inner);
      readMeta(group, meta);
      return;
    }
    const term = childElements(group, 'term')[0];
    if (!term) throw refuse(name, group.line, `<${group.name}> has no <term>`);
    const text = plainText(term).normalize('NFC').trim();
    const status = readMeta(group, meta);
    if (text !== '') terms.push({ text, status: status ?? 'admitted' });
  };
  for (const child of childElements(lang)) {
    if (TERM_GROUP.has(child.local)) fromGroup(child);
    else if (child.local === 'term') {
      const text = plainText(child).normalize('NFC').trim();
      if (text !== '') terms.push({ text, status: 'admitted' });
    }
  }
  readMeta(lang, meta);
  return terms;
}

/** A language's first term is preferred when the file says nothing about status (most glossaries). */
function settleStatuses(terms: GlossaryTerm[]): GlossaryTerm[] {
  if (terms.some((t) => t.status === 'preferred')) return terms;
  const firstUsable = terms.findIndex((t) => t.status !== 'forbidden');
  return terms.map((t, i) => (i === firstUsable ? { ...t, status: 'preferred' } : t));
}

function parseTbx(text: string, name: string, origin: string): ImportedGlossary {
  text = stripBom(text);
  if (text.trim() === '') throw refuse(name, null, 'the file is empty');
  if (text.trimStart()[0] !== '<') throw refuse(name, 1, 'this is not XML (it does not start with "<"), so it cannot be a TBX file');
  const entries: GlossaryEntryFields[] = [];
  const otherLanguages = new Set<string>();
  let oneSided = 0;
  const info = parseXml(text, name, {
    open: (el, parents) => {
      if (parents.length === 0 && el.local !== 'martif' && el.local !== 'tbx') {
        throw refuse(name, el.line, `the root element is <${el.name}>, not <martif> (TBX 2) or <tbx> (TBX 3), so this is not a TBX file`);
      }
      return ENTRY.has(el.local);
    },
    captured: (entry) => {
      const meta: EntryMeta = { partOfSpeech: '', domain: '', notes: [] };
      readMeta(entry, meta);
      const sources: GlossaryTerm[] = [];
      const targets: GlossaryTerm[] = [];
      for (const lang of childElements(entry)) {
        if (!LANG.has(lang.local)) continue;
        const tag = langAttr(lang);
        if (tag === undefined) throw refuse(name, lang.line, `<${lang.name}> has no xml:lang, so its terms' language is unknown`);
        const terms = readTerms(lang, meta, name);
        const primary = primarySubtag(tag);
        if (primary === 'ar') sources.push(...terms);
        else if (primary === 'en') targets.push(...terms);
        else otherLanguages.add(tag);
      }
      if (sources.length === 0 || targets.length === 0) {
        oneSided++;
        if (sources.length === 0) return;
      }
      entries.push({
        sources: settleStatuses(sources),
        targets: settleStatuses(targets),
        partOfSpeech: meta.partOfSpeech,
        domain: meta.domain,
        note: [...new Set(meta.notes)].join('\n'),
        origin,
      });
    },
  });
  if (info.root === undefined) throw refuse(name, null, 'the file has no root element');
  const warnings: string[] = [];
  if (otherLanguages.size > 0) warnings.push(`terms in ${[...otherLanguages].sort().join(', ')} were left out (Mizan's glossary holds Arabic and English)`);
  if (oneSided > 0) warnings.push(`${oneSided} ${oneSided === 1 ? 'entry has' : 'entries have'} no Arabic or no English term${entries.length > 0 ? ' (kept when they have Arabic: they still underline the term)' : ''}`);
  return { entries, warnings };
}

const STATUS_VALUE: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

function writeTbx(entries: Parameters<GlossaryFormatModule['write']>[0], info: Parameters<GlossaryFormatModule['write']>[1]): string {
  const x = new XmlEscaper();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>${x.text(`Glossary exported by ${info.tool} on ${new Date(info.now).toISOString()}`)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) {
    out.push(`      <termEntry id="e${entry.id}">`);
    if (entry.domain !== '') out.push(`        <descrip type="subjectField">${x.text(entry.domain)}</descrip>`);
    if (entry.note !== '') out.push(`        <note>${x.text(entry.note)}</note>`);
    for (const [lang, terms] of [['ar', entry.sources], ['en', entry.targets]] as const) {
      if (terms.length === 0) continue;
      out.push(`        <langSet xml:lang="${lang}">`);
      for (const term of terms) {
        out.push('          <tig>', `            <term>${x.text(term.text)}</term>`);
        if (entry.partOfSpeech !== '') out.push(`            <termNote type="partOfSpeech">${x.text(entry.partOfSpeech)}</termNote>`);
        out.push(`            <termNote type="administrativeStatus">${STATUS_VALUE[term.status]}</termNote>`, '          </tig>');
      }
      out.push('        </langSet>');
    }
    out.push('      </termEntry>');
  }
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}

export const tbxFormat: GlossaryFormatModule = {
  format: 'tbx',
  label: 'TBX termbase',
  extensions: ['tbx', 'xml'],
  sniff: (text) => {
    const head = stripBom(text).trimStart().slice(0, 4000);
    if (/<(\w+:)?(martif|tbx)[\s>]/.test(head)) return 'sure';
    return head.startsWith('<') ? 'maybe' : null;
  },
  parse: parseTbx,
  write: writeTbx,
};
