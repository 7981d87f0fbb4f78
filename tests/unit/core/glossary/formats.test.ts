import { describe, expect, it } from 'vitest';
import { glossaryFormat, parseGlossary } from '../../../../src/core/glossary/formats/index';
import { toGlossaryEntryId } from '../../../../src/core/ids';
import type { GlossaryEntry, GlossaryEntryFields } from '../../../../src/core/glossary/types';
import { mizanErrorOf } from '../../helpers/mizan-error';

function expectMizanError(fn: () => unknown, code: string, message: string): void {
  const error = mizanErrorOf(fn);
  expect(error.code).toBe(code);
  expect(error.message).toContain(message);
}

const TBX2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="subjectField">politics</descrip>
      <langSet xml:lang="ar-SY">
        <tig><term>وزارة الخارجية</term><termNote type="partOfSpeech">noun</termNote></tig>
      </langSet>
      <langSet xml:lang="en">
        <descrip type="definition">The foreign ministry.</descrip>
        <tig><term>Ministry of Foreign Affairs</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>Foreign Ministry</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
        <tig><term>Exterior Ministry</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="fr"><tig><term>ministère des Affaires étrangères</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

const TBX3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="ar"><termSec><term>الحكومة</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>government</term></termSec><termSec><term>regime</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec>
      <note>Not "cabinet".</note>
    </conceptEntry>
  </body></text>
</tbx>`;

function entry(fields: GlossaryEntryFields, id: number): GlossaryEntry {
  return { ...fields, id: toGlossaryEntryId(id), author: 'test', createdAt: 0, updatedAt: 0 };
}

describe('TBX', () => {
  it('reads TBX 2 (martif): statuses, part of speech, domain, definition; other languages left out with a warning', () => {
    const { entries, warnings, format } = parseGlossary('g.tbx', TBX2);
    expect(format).toBe('tbx');
    expect(entries).toEqual([{
      sources: [{ text: 'وزارة الخارجية', status: 'preferred' }],
      targets: [
        { text: 'Ministry of Foreign Affairs', status: 'preferred' },
        { text: 'Foreign Ministry', status: 'admitted' },
        { text: 'Exterior Ministry', status: 'forbidden' },
      ],
      partOfSpeech: 'noun', domain: 'politics', note: 'The foreign ministry.', origin: 'g.tbx',
    }]);
    expect(warnings.join(' ')).toContain('fr');
  });

  it('reads TBX 3 (tbx root, namespaced): superseded is forbidden, the first unmarked term preferred', () => {
    const { entries } = parseGlossary('g.xml', TBX3);
    expect(entries[0]!.sources).toEqual([{ text: 'الحكومة', status: 'preferred' }]);
    expect(entries[0]!.targets).toEqual([{ text: 'government', status: 'preferred' }, { text: 'regime', status: 'forbidden' }]);
    expect(entries[0]!.note).toBe('Not "cabinet".');
  });

  it('round-trips through its own export', () => {
    const first = parseGlossary('g.tbx', TBX2).entries.map((e, i) => entry(e, i + 1));
    const written = glossaryFormat('tbx').write(first, { tool: 'Mizan test', now: 0 });
    const again = parseGlossary('out.tbx', written, 'g.tbx').entries;
    expect(again).toEqual(first.map(({ id: _id, author: _a, createdAt: _c, updatedAt: _u, ...fields }) => fields));
  });

  it('escapes markup in terms and notes', () => {
    const e = entry({ sources: [{ text: 'أ & ب', status: 'preferred' }], targets: [{ text: 'A <&> B', status: 'preferred' }], partOfSpeech: '', domain: '', note: 'x < y', origin: 'o' }, 1);
    const again = parseGlossary('o.tbx', glossaryFormat('tbx').write([e], { tool: 't', now: 0 }), 'o').entries;
    expect(again[0]!.targets[0]!.text).toBe('A <&> B');
    expect(again[0]!.note).toBe('x < y');
  });

  it.each([
    ['<martif><text><body><termEntry><langSet xml:lang="ar"><tig><term>x</term></tig></langSet>\n</body></text></martif>', 'line 2'],
    ['<martif>\n<text><body><termEntry><langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>', 'line 2: <langSet> has no xml:lang'],
    ['<xliff version="1.2"></xliff>', 'not a TBX file'],
    ['<!DOCTYPE martif [<!ENTITY x "y">]><martif/>', 'entities'],
    [`<martif>${'<p>'.repeat(300)}`, 'nested 257 elements deep'],
  ])('refuses a malformed file naming the line: %s', (text, message) => {
    expectMizanError(() => parseGlossary('bad.tbx', text), 'bad-input', message);
  });
});

describe('tab-separated (OmegaT) and CSV', () => {
  it('reads source⇥target⇥comment lines, joining lines of one Arabic term into one entry', () => {
    const text = '# OmegaT glossary\nالحكومة\tgovernment\tnot cabinet\nالحكومة\tadministration\nوزارة\tministry\n';
    const { entries, format } = parseGlossary('glossary.txt', text);
    expect(format).toBe('tsv');
    expect(entries).toEqual([
      { sources: [{ text: 'الحكومة', status: 'preferred' }], targets: [{ text: 'government', status: 'preferred' }, { text: 'administration', status: 'admitted' }], partOfSpeech: '', domain: '', note: 'not cabinet', origin: 'glossary.txt' },
      { sources: [{ text: 'وزارة', status: 'preferred' }], targets: [{ text: 'ministry', status: 'preferred' }], partOfSpeech: '', domain: '', note: '', origin: 'glossary.txt' },
    ]);
  });

  it('refuses a line without a tab, naming it', () => {
    expectMizanError(() => parseGlossary('g.tsv', 'الحكومة\tgovernment\nوزارة\n'), 'bad-input', 'g.tsv line 2: the line has no tab');
  });

  it('reads CSV with a header in any column order, statuses included', () => {
    const text = 'English,Arabic,Status,Note\n"Ministry, Foreign",وزارة الخارجية,preferred,"a ""quoted"" note"\nExterior Ministry,وزارة الخارجية,forbidden,\n';
    const { entries, format } = parseGlossary('g.csv', text);
    expect(format).toBe('csv');
    expect(entries[0]!.targets).toEqual([{ text: 'Ministry, Foreign', status: 'preferred' }, { text: 'Exterior Ministry', status: 'forbidden' }]);
    expect(entries[0]!.note).toBe('a "quoted" note');
  });

  it('reads CSV without a header as source, target, comment', () => {
    expect(parseGlossary('g.csv', 'الحكومة,government,note\n').entries[0]!.targets[0]!.text).toBe('government');
  });

  it.each(['tsv', 'csv'] as const)('%s round-trips its own export', (format) => {
    const entries = [entry({ sources: [{ text: 'الحكومة', status: 'preferred' }], targets: [{ text: 'government', status: 'preferred' }, { text: 'administration', status: 'admitted' }], partOfSpeech: '', domain: '', note: 'a note', origin: 'x' }, 1)];
    const again = parseGlossary(`g.${format}`, glossaryFormat(format).write(entries, { tool: 't', now: 0 }), 'x').entries;
    expect(again).toEqual([{ sources: entries[0]!.sources, targets: entries[0]!.targets, partOfSpeech: '', domain: '', note: 'a note', origin: 'x' }]);
  });

  it('refuses an empty file', () => {
    expectMizanError(() => parseGlossary('g.tsv', '  \n'), 'bad-input', 'empty');
  });
});
