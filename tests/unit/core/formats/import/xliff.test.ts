import { describe, expect, it } from 'vitest';
import { parseBilingual, parseXliff } from '../../../../../src/core/formats/import/index.js';
import { LRM, refusal, RLM, utf8 } from './helpers.js';

function x12(units: string, fileAttrs = 'source-language="ar" target-language="en"', rootAttrs = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"${rootAttrs}>
  <file original="doc.txt" datatype="plaintext" ${fileAttrs}>
    <body>
${units}
    </body>
  </file>
</xliff>
`;
}

function x2(units: string, rootAttrs = 'srcLang="ar" trgLang="en"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${rootAttrs}>
  <file id="f1">
${units}
  </file>
</xliff>
`;
}

const tu = (id: string, ar: string, en: string | null, state?: string, extra = ''): string =>
  `<trans-unit id="${id}"><source>${ar}</source>${en === null ? '' : `<target${state ? ` state="${state}"` : ''}>${en}</target>`}${extra}</trans-unit>`;

describe('XLIFF 1.2', () => {
  it.each([
    ['new', 'x', 'new'],
    ['needs-translation', '', 'new'],
    ['needs-translation', 'x', 'draft'],
    ['needs-adaptation', 'x', 'draft'],
    ['needs-l10n', 'x', 'draft'],
    ['needs-review-translation', 'x', 'rejected'],
    ['needs-review-adaptation', 'x', 'draft'],
    ['needs-review-l10n', 'x', 'draft'],
    ['translated', 'x', 'translated'],
    ['signed-off', 'x', 'reviewed'],
    ['final', 'x', 'approved'],
    ['x-draft', 'x', 'draft'],
    ['x-mizan-rejected', 'x', 'rejected'],
    ['x-something-else', 'x', null],
    [undefined, 'x', null],
  ])('state %s (target "%s") → %s', (state, target, status) => {
    const result = parseXliff(x12(tu('1', 'نص', target, state)), 's.xlf');
    expect(result.units[0]!.status).toBe(status);
  });

  it('approved="yes" without a state is approved; notes keep their author', () => {
    const unit = `<trans-unit id="n" approved="yes"><source>نص</source><target>text</target>
      <note from="Sami">check the name</note><note>second</note><note>  </note></trans-unit>`;
    const result = parseXliff(x12(unit), 'n.xlf');
    expect(result.units[0]).toEqual({
      id: 'n',
      source: 'نص',
      target: 'text',
      status: 'approved',
      notes: [
        { author: 'Sami', body: 'check the name', createdAt: null },
        { author: null, body: 'second', createdAt: null },
      ],
    });
  });

  it('a missing target is untranslated (status from the file, or null), with a warning', () => {
    const result = parseXliff(x12(tu('1', 'نص', null) + tu('2', 'آخر', 'done', 'translated')), 'm.xlf');
    expect(result.units.map((u) => [u.target, u.status])).toEqual([
      ['', null],
      ['done', 'translated'],
    ]);
    expect(result.warnings).toEqual(['1 unit had no target text and was imported as untranslated (e.g. 1)']);
  });

  it('flattens <g>, <x/>, <bx/>, <ex/>, <ph>, <bpt>/<ept>, <mrk>: text kept, one warning counting units', () => {
    const units = [
      tu('1', 'قال <g id="1">الوزير</g><x id="2"/> ذلك', 'The <g id="1">minister</g><x id="2"/> said so'),
      tu('2', 'نص<bx id="3"/>مائل<ex id="3"/>', 'text<bpt id="4">&lt;i&gt;</bpt>italic<ept id="4">&lt;/i&gt;</ept><ph id="5">&lt;br/&gt;</ph>'),
      tu('3', 'بلا وسوم', '<mrk mtype="term">no</mrk> tags'),
      tu('4', 'بلا', 'none'),
    ].join('\n');
    const result = parseXliff(x12(units), 'inline.xlf');
    expect(result.units.map((u) => [u.source, u.target])).toEqual([
      ['قال الوزير ذلك', 'The minister said so'],
      ['نصمائل', 'textitalic'],
      ['بلا وسوم', 'no tags'],
      ['بلا', 'none'],
    ]);
    expect(result.warnings).toEqual([
      '3 units had inline markup (<bpt>, <bx>, <ept>, <ex>, <g>, <mrk>, <ph>, <x>) flattened: tags and native codes removed, the text kept (e.g. 1, 2, 3)',
    ]);
  });

  it('keeps hostile text literal and whitespace exact (xml:space or not)', () => {
    const ar = `${RLM}&lt;script&gt;alert("x")&lt;/script&gt; &amp;amp; ${LRM}`;
    const result = parseXliff(x12(`<trans-unit id="h" xml:space="preserve"><source>  ${ar}\n  </source><target><![CDATA[<img src=x onerror=alert(1)>]]> &amp; 'q'</target></trans-unit>`), 'h.xlf');
    expect(result.units[0]!.source).toBe(`  ${RLM}<script>alert("x")</script> &amp; ${LRM}\n  `);
    expect(result.units[0]!.target).toBe("<img src=x onerror=alert(1)> & 'q'");
  });

  it('reads trans-units inside groups and gives ids of several <file>s their file in front', () => {
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file original="a.txt" source-language="ar-SY" target-language="en-GB" datatype="plaintext"><body><group id="g">${tu('1', 'أ', 'a')}</group></body></file>
      <file original="b.txt" source-language="ar" datatype="plaintext"><body>${tu('1', 'ب', 'b')}</body></file></xliff>`;
    const result = parseXliff(text, 'two.xlf');
    expect(result.sourceLang).toBe('ar-SY');
    expect(result.targetLang).toBe('en-GB');
    expect(result.units.map((u) => u.id)).toEqual(['a.txt:1', 'b.txt:1']);
  });

  it('imports a 1.2 file without a namespace (older tools)', () => {
    const result = parseXliff(x12(tu('1', 'نص', 'text')).replace(' xmlns="urn:oasis:names:tc:xliff:document:1.2"', ''), 'old.xlf');
    expect(result.units).toHaveLength(1);
  });

  it('skips a source made only of inline codes, with a warning; refuses an empty one', () => {
    const result = parseXliff(x12(tu('1', '<x id="1"/>', '<x id="1"/>') + tu('2', 'نص', 'text')), 'codes.xlf');
    expect(result.units.map((u) => u.id)).toEqual(['2']);
    expect(result.warnings).toContain('1 unit had a source made only of inline codes, with no text, and was skipped (e.g. 1)');
    expect(refusal(() => parseXliff(x12(tu('1', '', 'x')), 'e.xlf'))).toMatch(/^e\.xlf line 5: <trans-unit id="1"> has an empty <source>$/);
  });

  it.each([
    ['no source-language', x12(tu('1', 'a', 'b'), 'target-language="en"'), /line 3: <file> has no source-language/],
    ['no source', x12('<trans-unit id="1"><target>b</target></trans-unit>'), /line 5: <trans-unit id="1"> has no <source>/],
    ['no units', x12(''), /has no translation units/],
    ['wrong root', '<tmx version="1.4"/>', /line 1: the root element is <tmx>, not <xliff>/],
    ['unknown version', x12('').replace('version="1.2"', 'version="3.0"'), /<xliff version="3.0"> is not a version Mizan reads/],
    ['1.2 with the 2.0 namespace', x12('').replace(':1.2"', ':2.0"'), /<xliff version="1.2"> does not match its namespace/],
    ['unbound prefix', x12('<trans-unit id="1"><source>a<foo:b/></source></trans-unit>'), /line 5, column \d+: unbound namespace prefix: "foo"/],
  ])('refuses %s', (_what, text, message) => {
    expect(refusal(() => parseXliff(text, 'e.xlf'))).toMatch(message);
  });
});

describe('.sdlxliff', () => {
  const SDL = 'http://sdl.com/FileTypes/SdlXliff/1.0';
  const sdlxliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="${SDL}" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <doc-info xmlns="${SDL}">
    <cmt-defs><cmt-def id="c1"><Comments xmlns=""><Comment severity="Medium" user="Reviewer" date="2024-03-01T10:20:30.1234567+00:00" version="1.0">Check the &amp; sign</Comment></Comments></cmt-def></cmt-defs>
  </doc-info>
  <file original="C:\\news.docx" datatype="x-sdlfilterframework2" source-language="ar-SA" target-language="en-US">
    <header><reference><internal-file form="base64">AAAA</internal-file></reference></header>
    <body>
      <trans-unit translate="no" id="struct-1"><source><x id="0"/></source></trans-unit>
      <trans-unit id="a1b2">
        <source><g id="5">أعلنت واشنطن القرار. وقال المتحدث إنه صعب.</g></source>
        <seg-source><g id="5"><mrk mtype="seg" mid="1">أعلنت واشنطن القرار.</mrk> <mrk mtype="seg" mid="2">وقال <mrk mtype="x-sdl-comment" sdl:cid="c1">المتحدث</mrk> إنه صعب.</mrk></g></seg-source>
        <target><g id="5"><mrk mtype="seg" mid="1">Washington announced the decision.</mrk> <mrk mtype="seg" mid="2">The <mrk mtype="x-sdl-comment" sdl:cid="c1">spokesman</mrk> said it was hard.</mrk></g></target>
        <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" origin="interactive"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
      </trans-unit>
      <trans-unit id="c3d4">
        <source>سطر ثالث</source>
        <seg-source><mrk mtype="seg" mid="3">سطر <mrk mtype="x-sdl-location" mid="l1"/>ثالث</mrk></seg-source>
        <target><mrk mtype="seg" mid="3"></mrk></target>
        <sdl:seg-defs><sdl:seg id="3"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

  it('gives one unit per <mrk mtype="seg">, with SDL confirmation levels, comments and structure units skipped', () => {
    const result = parseBilingual(utf8(sdlxliff), 'news.docx.sdlxliff');
    expect(result.format).toBe('sdlxliff');
    expect(result.sourceLang).toBe('ar-SA');
    expect(result.targetLang).toBe('en-US');
    expect(result.units).toEqual([
      { id: 'a1b2/1', source: 'أعلنت واشنطن القرار.', target: 'Washington announced the decision.', status: 'approved', notes: [] },
      {
        id: 'a1b2/2',
        source: 'وقال المتحدث إنه صعب.',
        target: 'The spokesman said it was hard.',
        status: 'draft',
        notes: [{ author: 'Reviewer', body: 'Check the & sign', createdAt: Date.UTC(2024, 2, 1, 10, 20, 30, 123) }],
      },
      { id: 'c3d4/3', source: 'سطر ثالث', target: '', status: null, notes: [] },
    ]);
    expect(result.warnings).toEqual(['1 unit had no target text and was imported as untranslated (e.g. c3d4/3)']);
  });

  it('is recognised by its namespace under another extension', () => {
    expect(parseXliff(sdlxliff, 'export.xlf').format).toBe('sdlxliff');
  });
});

describe('XLIFF 2.0', () => {
  it.each([
    ['initial', '', undefined, 'new'],
    ['initial', 'x', undefined, 'draft'],
    ['translated', 'x', undefined, 'translated'],
    ['reviewed', 'x', undefined, 'reviewed'],
    ['final', 'x', undefined, 'approved'],
    ['reviewed', 'x', 'mizan:rejected', 'rejected'],
    ['translated', 'x', 'acme:whatever', 'translated'],
    [undefined, 'x', undefined, null],
  ])('state %s (target "%s", subState %s) → %s', (state, target, subState, status) => {
    const attrs = `${state ? ` state="${state}"` : ''}${subState ? ` subState="${subState}"` : ''}`;
    const result = parseXliff(x2(`<unit id="u1"><segment id="s1"${attrs}><source>نص</source><target>${target}</target></segment></unit>`), 's.xlf');
    expect(result.units[0]!.status).toBe(status);
  });

  it('gives one unit per segment, notes on the first, <cp/> as its character, <pc>/<ph/>/<sc/>/<ec/> flattened', () => {
    const unit = `<unit id="u1">
      <notes><note category="comment">first note</note><note from="Sami">second</note></notes>
      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
      <segment id="s1" state="translated"><source>جملة <pc id="1">أولى</pc>.</source><target>A <pc id="1">first</pc> sentence<cp hex="0007"/>.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>جملة<ph id="2" dataRef="d1"/> ثانية<sc id="3"/>!<ec startRef="3"/></source></segment>
    </unit>`;
    const result = parseXliff(x2(unit), 'multi.xlf');
    expect(result.format).toBe('xliff2');
    expect(result.units).toEqual([
      {
        id: 'u1/s1',
        source: 'جملة أولى.',
        target: 'A first sentence\u0007.',
        status: 'translated',
        notes: [
          { author: null, body: 'first note', createdAt: null },
          { author: 'Sami', body: 'second', createdAt: null },
        ],
      },
      { id: 'u1/s2', source: 'جملة ثانية!', target: '', status: null, notes: [] },
    ]);
    expect(result.warnings).toEqual([
      '2 units had inline markup (<ec>, <pc>, <ph>, <sc>) flattened: tags and native codes removed, the text kept (e.g. u1/s1, u1/s2)',
      '1 unit had no target text and was imported as untranslated (e.g. u1/s2)',
    ]);
  });

  it.each([
    ['no srcLang', x2('', 'trgLang="en"'), /line 2: <xliff> has no srcLang/],
    ['duplicate unit id', x2('<unit id="a"><segment><source>x</source></segment></unit>\n<unit id="a"><segment><source>y</source></segment></unit>'), /line 5: duplicate <unit> id "a" \(first used on line 4\)/],
    ['duplicate segment id', x2('<unit id="a"><segment id="s"><source>x</source></segment>\n<segment id="s"><source>y</source></segment></unit>'), /line 5: duplicate <segment> id "s" in <unit id="a">/],
    ['a unit without segments', x2('<unit id="a"><notes><note>x</note></notes></unit>'), /line 4: <unit id="a"> has no <segment>/],
    ['a segment without source', x2('<unit id="a"><segment><target>x</target></segment></unit>'), /line 4: <unit id="a"> has no <source>/],
    ['2.0 without its namespace', x2('').replace(' xmlns="urn:oasis:names:tc:xliff:document:2.0"', ''), /<xliff version="2.0"> does not match its namespace \(none\)/],
  ])('refuses %s', (_what, text, message) => {
    expect(refusal(() => parseXliff(text, 'e.xlf'))).toMatch(message);
  });
});
