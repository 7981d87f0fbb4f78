// The small hostile document every exporter test runs on, and readers for what the exporters write.
import { SaxesParser } from 'saxes';
import type { ExportDocument, ExportFormat, ExportOptions, ExportReport, ExportSegment, ExportSpeaker } from '../../../../../src/core/formats/types.js';
import { exporterFor } from '../../../../../src/core/formats/index.js';

export const RLM = '\u200F';
export const LRM = '\u200E';
export const HOSTILE = `<script>alert(1)</script> & "quotes" 'single' 🙂 tab\there\nnew line ]]> &amp;`;
export const NOW = Date.UTC(2026, 10, 29, 8, 30, 5);

export const DOC: ExportDocument = {
  id: 7,
  title: `Talks <script>alert(1)</script> & "quotes" 'single'`,
  sourceLang: 'ar',
  targetLang: 'en',
  sourceName: 'talks <1>.ar.txt',
  createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  updatedAt: Date.UTC(2026, 0, 3, 3, 4, 5),
};

export const SPEAKERS: ReadonlyMap<number, ExportSpeaker> = new Map([
  [1, { id: 1, nameSource: 'جون كيربي', nameTarget: 'John Kirby', kind: 'person', role: 'spokesman', organisation: 'US State Department' }],
  [2, { id: 2, nameSource: 'مصدر <مطلع>', nameTarget: '', kind: 'unnamed', role: '', organisation: '' }],
]);

// Diacritics (fatha, damma, shadda, tanwin), tatweel, an RLM inside the Arabic.
const S1 = `قالَ المتحدثُ جون كيربي إنّ القرارَ صعـــبٌ${RLM}.`;
const T1 = `John Kirby said the decision was ${LRM}difficult${LRM}.`;
const KIRBY = 'جون كيربي';

function seg(id: number, position: number, paragraph: number, source: string, target: string, extra: Partial<ExportSegment> = {}): ExportSegment {
  return {
    id,
    position,
    paragraph,
    source,
    target,
    status: 'translated',
    doNotTranslate: false,
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5) + id * 1000,
    updatedAt: Date.UTC(2026, 0, 3, 3, 4, 5) + id * 1000,
    updatedBy: 'Huda',
    comments: [],
    annotations: [],
    ...extra,
  };
}

/** Segment ids are not positions, on purpose (101…107). */
export const SEGMENTS: readonly ExportSegment[] = [
  seg(101, 0, 0, S1, T1, {
    status: 'approved',
    annotations: [
      { id: 11, layer: 'speaker', side: 'source', start: S1.indexOf(KIRBY), end: S1.indexOf(KIRBY) + KIRBY.length, label: null, speakerId: 1, attrs: { confidence: 0.9 }, links: [12] },
      { id: 12, layer: 'cue', side: 'source', start: 0, end: 4, label: 'say', speakerId: null, attrs: {}, links: [11] },
      { id: 13, layer: 'speaker', side: 'target', start: 0, end: 10, label: null, speakerId: 1, attrs: {}, links: [] },
      { id: 14, layer: 'claim', side: 'segment', start: null, end: null, label: 'opinion', speakerId: 2, attrs: { check_worthy: false }, links: [] },
    ],
    comments: [
      { id: 1, parent: null, annotation: null, author: 'Reviewer', body: 'Check "difficult" & <tone>', createdAt: NOW - 3000, resolvedAt: null },
      { id: 2, parent: 1, annotation: null, author: 'Translator', body: 'Kept — matches «صعب».', createdAt: NOW - 2000, resolvedAt: null },
      { id: 3, parent: null, annotation: 11, author: 'مراجع', body: 'Name spelled per the ministry.', createdAt: NOW - 1000, resolvedAt: NOW },
    ],
  }),
  seg(102, 1, 0, `نص عدائي 🙂 <script>alert(1)</script> & "quotes" 'single'`, HOSTILE, { status: 'reviewed' }),
  seg(103, 2, 1, 'ضبط\u0001 التحكم', 'control\u000b character', { status: 'rejected' }),
  seg(104, 3, 1, 'لم يُترجم بعد.', '', { status: 'new' }),
  seg(105, 4, 2, 'شارك | SHARE', '', { status: 'new', doNotTranslate: true }),
  seg(106, 5, 3, 'سطر\r\nثانٍ', 'line\r\ntwo', { status: 'draft', updatedBy: null }),
  seg(107, 6, 3, '', 'A target-only sentence.', { status: 'translated' }),
];

export const byId = (id: number): ExportSegment => {
  const s = SEGMENTS.find((x) => x.id === id);
  if (!s) throw new Error(`no segment ${id}`);
  return s;
};

/** Runs an exporter into chunks; returns the chunks, their concatenation and the report. */
export async function runExport(format: ExportFormat, options: ExportOptions = {}, segments: Iterable<ExportSegment> = SEGMENTS): Promise<{ text: string; chunks: string[]; report: ExportReport }> {
  const chunks: string[] = [];
  const report = await exporterFor(format).export(DOC, segments, SPEAKERS, (c) => chunks.push(c), { now: NOW, tool: { name: 'Mizan', version: 'test' }, ...options });
  return { text: chunks.join(''), chunks, report };
}

/** Removes what XML cannot carry (the exporters report it). */
// eslint-disable-next-line no-control-regex -- the point
export const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

/** Parses XML with saxes (well-formedness and XML character checks included) into a small tree. */
export function parseXml(text: string): XNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XNode = { name: '#document', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = a.value;
    const node: XNode = { name: tag.local, attrs, children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.write(text).close();
  if (error) throw error;
  const top = root.children.find((c): c is XNode => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

export function elements(node: XNode, name: string): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string' && c.name === name);
}

export function descendants(node: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  const visit = (n: XNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

export function child(node: XNode, name: string): XNode | undefined {
  return elements(node, name)[0];
}

/** Text content; XLIFF 2.0 <cp hex> elements become their character. */
export function textOf(node: XNode | undefined): string {
  if (!node) return '';
  return node.children.map((c) => (typeof c === 'string' ? c : c.name === 'cp' ? String.fromCodePoint(parseInt(c.attrs.hex ?? '0', 16)) : textOf(c))).join('');
}
