import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../../../../src/core/formats/importers.js';
import { parseImport } from '../../../../../src/core/formats/import/index.js';
import { utf8 } from './helpers.js';

// A Phrase job as Phrase exports it: XLIFF 1.2 with m: attributes, groups per paragraph,
// Phrase metadata elements inside the units, a review step (m:level="2").
const MXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2" m:version="2.17" m:level="2">
<file original="news.docx" source-language="ar" target-language="en" datatype="x-undefined" m:task-id="T1">
<header><tool tool-id="Phrase" tool-name="Phrase TMS"/></header>
<body>
<group id="0" m:para-id="0">
<trans-unit id="job:0" m:para-id="0" m:confirmed="2" m:locked="false" m:modified-at="1764844800000" m:modified-by="reviewer">
<source>قال المتحدث إن المحادثات مستمرة.</source>
<target>The spokesman said the talks were continuing.</target>
<m:tunit-metadata><m:mark id="1"><m:type>code</m:type></m:mark></m:tunit-metadata>
</trans-unit>
<trans-unit id="job:1" m:para-id="0" m:confirmed="1" m:locked="false" m:created-at="1764758400000" m:created-by="translator">
<source>وأضاف: "لا جديد".</source>
<target>He added: "Nothing new."</target>
</trans-unit>
</group>
<group id="1" m:para-id="1">
<trans-unit id="job:2" m:para-id="1" m:confirmed="0" m:locked="true" m:trans-origin="tm" m:score="1.01">
<source>وزارة الخارجية</source>
<target>The Foreign Ministry</target>
</trans-unit>
<trans-unit id="job:3" m:para-id="1" m:confirmed="0" m:locked="false">
<source>نص لم يؤكد</source>
<target>Unconfirmed text</target>
</trans-unit>
<trans-unit id="job:4" m:para-id="1" m:confirmed="0" m:locked="false">
<source>نص بلا ترجمة</source>
<target/>
</trans-unit>
</group>
</body>
</file>
</xliff>`;

describe('Phrase .mxliff', () => {
  it('is recognised by its extension and by its m: namespace under another name', () => {
    expect(detectImporter('job.mxliff', MXLIFF)?.format).toBe('mxliff');
    expect(detectImporter('job.xlf', MXLIFF)?.format).toBe('mxliff');
  });

  it('keeps the confirmed and locked states as Mizan statuses, with who changed each unit and when', () => {
    const parsed = parseImport(utf8(MXLIFF), 'news.docx.mxliff');
    expect(parsed.kind).toBe('pairs');
    if (parsed.kind !== 'pairs') return;
    const file = parsed.file;
    expect(file.format).toBe('mxliff');
    expect([file.sourceLang, file.targetLang]).toEqual(['ar', 'en']);
    expect(file.units.map((u) => [u.id, u.status])).toEqual([
      ['job:0', 'reviewed'],
      ['job:1', 'translated'],
      ['job:2', 'approved'],
      ['job:3', 'draft'],
      ['job:4', 'new'],
    ]);
    expect(file.units[1]!.target).toBe('He added: "Nothing new."');
    expect([file.units[0]!.changedAt, file.units[0]!.changedBy]).toEqual([1764844800000, 'reviewer']);
    expect([file.units[1]!.changedAt, file.units[1]!.changedBy]).toEqual([1764758400000, 'translator']);
    expect(file.warnings[0]).toBe(
      'Phrase states were kept: 1 unit locked → approved; 1 unit confirmed at a review step → reviewed; 1 unit confirmed → translated; 1 unit not confirmed → draft; 1 unit not translated → new',
    );
  });
});
