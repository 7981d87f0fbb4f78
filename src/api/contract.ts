import { z } from 'zod';
import type {
  AlignmentEditResult,
  DocumentInfo,
  HistoryOutcome,
  HistoryState,
  RangeChange,
  ProjectInfo,
  ReplacePreview,
  SearchResult,
  ProjectStats,
  Revision,
  Segment,
  SegmentPage,
} from '../core/model.js';
import { SEARCH_SCOPES, SEGMENT_STATUSES, TEXT_SIDES, TRANSLATION_IMPORT_MODES, type TranslationImportPreview } from '../core/model.js';
import { ACTION_IDS, type ActionId } from './actions.js';
import type { SegmentationRuleSet, SentenceSpan } from '../core/text/segmentation/types.js';
import { TEXT_ENCODINGS, type TextEncoding } from '../core/text/decode/encodings.js';
import { EXPORT_FORMATS, type ExportFormat } from '../core/formats/types.js';
import type { AnnotationScheme } from '../core/annotation/scheme.js';
import { LINK_KINDS } from '../core/annotation/scheme.js';
import type {
  AnnotationEditResult, CounterpartSuggestionItem, EnglishNameProposal, PlacedAnnotation, SegmentAnnotations, SpeakerActivityItem, SpeakerSummary,
} from '../core/annotation/types.js';
import { ANNOTATION_SIDES, SPEAKER_KINDS } from '../core/model.js';
import type { CommentEditResult, CommentThread, DocumentThreads } from '../core/review/comments.js';
import { THREAD_STATES } from '../core/review/comments.js';
import {
  toAnnotationId, toCommentId, toDocumentId, toGlossaryEntryId, toRevisionId, toSegmentId, toSpeakerId, toTmMemoryId,
} from '../core/ids.js';
import { TERM_STATUSES, type GlossaryEntry, type GlossaryImportResult, type TermHit } from '../core/glossary/types.js';
import { GLOSSARY_FORMATS } from '../core/glossary/formats/types.js';
import type { SegmentId } from '../core/ids.js';
import type { Channel, EventName } from './channels.js';
import { CONCORDANCE_SORTS, type ConcordanceResult } from '../core/concordance/types.js';
import type { ProjectWords } from '../core/spelling/project-words.js';
import type { TmMatch, TmMemoryInfo } from '../core/tm/types.js';
import { QA_SEVERITIES, type QaSeverity } from '../core/qa/types.js';
import type { QaCheckedStatus, QaCheckInfo, QaIgnoreNote, QaProfileEntry, QaRunResult } from '../core/qa/results.js';
import { QA_REPORT_FORMATS } from '../core/qa/report.js';

/** A phantom value that carries an output type; the contract is checked by the compiler, not at run time. */
const as = <T>() => undefined as unknown as T;

/** An id arrives as a plain number and leaves the parse as its branded type, so handlers pass it straight on. */
const idOf = <I>(make: (value: number) => I) => z.number().int().positive().transform((value) => make(value));
const documentId = idOf(toDocumentId);
const segmentId = idOf(toSegmentId);
const speakerId = idOf(toSpeakerId);
const annotationId = idOf(toAnnotationId);
const commentId = idOf(toCommentId);
const revisionId = idOf(toRevisionId);
const glossaryEntryId = idOf(toGlossaryEntryId);
const tmMemoryId = idOf(toTmMemoryId);
const matchScore = z.number().int().min(1).max(100);
const path = z.string().min(1).max(4096);
const none = z.object({}).strict().optional();
const encoding = z.enum(['auto', ...TEXT_ENCODINGS]);
const lang = z.string().min(2).max(35);
const qaCheckId = z.string().min(1).max(100);
const qaFingerprint = z.string().min(1).max(64);
const ruleSet = z.object({
  language: z.string().min(1).max(35),
  name: z.string().max(200).optional(),
  lists: z.record(z.string(), z.array(z.string().max(200)).max(5000)).optional(),
  patterns: z.record(z.string(), z.string().max(5000)).optional(),
  rules: z.array(z.object({ break: z.boolean(), before: z.string().max(5000), after: z.string().max(5000), note: z.string().max(1000).optional() })).max(2000),
});
const column = z.number().int().min(0).max(200);
const offset = z.number().int().min(0);
const attrs = z.record(z.string().max(100), z.union([z.string().max(10_000), z.number(), z.boolean()]));
const glossaryTerms = z.array(z.object({ text: z.string().max(1000), status: z.enum(TERM_STATUSES) })).max(100);
const glossaryFields = z.object({
  sources: glossaryTerms,
  targets: glossaryTerms,
  partOfSpeech: z.string().max(100),
  domain: z.string().max(500),
  note: z.string().max(10_000),
  origin: z.string().max(1000).optional(),
});
const speakerFields = z.object({
  nameSource: z.string().max(500),
  nameTarget: z.string().max(500),
  kind: z.enum(SPEAKER_KINDS),
  role: z.string().max(500),
  organisation: z.string().max(500),
  note: z.string().max(10_000),
});
const annotationFilter = z.object({ layer: z.string().max(100).optional(), speakerId: speakerId.optional(), label: z.string().max(200).optional(), flagged: z.boolean().optional() });
/** One link field of the annotation Edit form (services/annotation-service.ts LinkSlot). */
const linkSlot = z.object({ kind: z.enum(LINK_KINDS), end: z.enum(['from', 'to']), layer: z.string().min(1).max(100), otherId: annotationId.nullable() });
const linkInput = z.object({ fromId: annotationId, toId: annotationId, kind: z.enum(LINK_KINDS) });
const threadFilter = z.object({ state: z.enum(THREAD_STATES), author: z.string().max(200).optional() });
/** Blank bodies are refused by the service, which says so; the schema only bounds the size. */
const commentBody = z.string().max(20_000);
const columnMapping = z.object({
  source: column,
  target: column,
  status: column.optional(),
  id: column.optional(),
  notes: column.optional(),
  hasHeader: z.boolean(),
  delimiter: z.enum(['\t', ',', ';']),
});
const searchInput = z.object({
  documentId,
  query: z.string().max(10_000),
  regex: z.boolean().default(false),
  matchCase: z.boolean().default(false),
  wholeWord: z.boolean().default(false),
});

export interface RecentProject {
  path: string;
  title: string;
  openedAt: number;
  exists: boolean;
}

export interface Prefs {
  userName: string;
  role: 'translator' | 'reviewer';
  /** False until the person has said who they are (the name is then the system login's). */
  identityChosen: boolean;
  /** The last export's settings, offered again next time. */
  lastExport?: { format: ExportFormat; bom: boolean; guardFormulas?: boolean };
}

/** The project's annotation scheme, and whether it is still the default one. */
export interface SchemeState {
  scheme: AnnotationScheme;
  isDefault: boolean;
}

export interface ExportOutcome {
  path: string;
  format: ExportFormat;
  documentId: number;
  units: number;
  skipped: number;
  bytes: number;
  warnings: string[];
}

/** What the import dialog shows before anything is written. */
export interface FilePreview {
  path: string;
  name: string;
  bytes: number;
  encoding: TextEncoding;
  detected: boolean;
  confidence: number;
  reason: string;
  /** The first non-empty lines, as decoded. */
  lines: string[];
  /** For each of `lines`, where a sentence starts after the first (UTF-16 offsets into the line): the import cuts there. */
  cuts: number[][];
  paragraphs: number;
  sentences: number;
}

/** What a bilingual file (TMX, XLIFF, TSV, CSV) holds, before it is imported. */
export interface BilingualPreview {
  format: string;
  sourceLang: string | null;
  targetLang: string | null;
  units: number;
  sample: { source: string; target: string }[];
  warnings: string[];
  /** TSV/CSV only: the first rows and the column mapping Mizan suggests. */
  delimited: { delimiter: string; rows: string[][]; mapping: ColumnMappingInput } | null;
}

export type ColumnMappingInput = z.infer<typeof columnMapping>;

export interface ProjectRuleSet {
  ruleSet: SegmentationRuleSet;
  isDefault: boolean;
}

export interface AlignedImport extends AlignmentEditResult {
  lowConfidence: number;
  targetSentences: number;
  /** Arabic segments cut in two at import where the English showed a boundary (import only). */
  autoCuts?: number;
  /** "Fill empty rows only": how many segments got English. */
  filled?: number;
}

/** The translation memories of the open project and its switches (the Translation Memory dialog). */
export interface TmState {
  memories: TmMemoryInfo[];
  /** Confirmed segments go to the user TM; repetitions are filled on confirm. */
  settings: { userTm: boolean; repetitions: boolean };
  /** Where the user TM is, and a message about it not yet shown (it was unusable and was replaced). */
  userTm: { path: string | null; warning: string | null };
}

export interface NextOpen {
  segment: Segment;
  index: number;
}

/** What the native menu may ask the page to run: every registered action (src/api/actions.ts). */
export const MENU_COMMANDS = ACTION_IDS;
export type MenuCommand = ActionId;

export const contract = {
  'project.new': { input: z.object({ path, sample: z.boolean().optional() }), output: as<ProjectInfo>() },
  /** access: 'edit' (default) fails with code 'locked' when another app session edits it; 'readOnly' or 'takeOver' then. */
  'project.open': { input: z.object({ path, access: z.enum(['edit', 'readOnly', 'takeOver']).optional() }), output: as<ProjectInfo>() },
  'project.close': { input: none, output: as<null>() },
  'project.current': { input: none, output: as<ProjectInfo | null>() },
  'project.recent': { input: none, output: as<RecentProject[]>() },
  'document.list': { input: none, output: as<DocumentInfo[]>() },
  'document.importText': {
    input: z.object({
      title: z.string().trim().min(1).max(500),
      sourceText: z.string().max(200_000_000),
      sourceName: z.string().max(4096).nullable().optional(),
      sourceLang: z.string().min(2).max(35).optional(),
      targetLang: z.string().min(2).max(35).optional(),
    }),
    output: as<DocumentInfo>(),
  },
  'document.importFile': {
    input: z.object({ path, title: z.string().trim().min(1).max(500).optional(), encoding: encoding.optional() }),
    output: as<DocumentInfo>(),
  },
  'document.previewBilingual': { input: z.object({ path, mapping: columnMapping.optional() }), output: as<BilingualPreview>() },
  'document.importBilingual': {
    input: z.object({ path, title: z.string().trim().min(1).max(500), mapping: columnMapping.optional() }),
    output: as<DocumentInfo>(),
  },
  'document.previewFile': { input: z.object({ path, encoding: encoding.optional() }), output: as<FilePreview>() },
  /** Stops the running import or preview; nothing of it is kept, and it fails with code 'cancelled'. */
  'document.cancelImport': { input: none, output: as<{ cancelled: boolean }>() },
  'segmentation.get': { input: z.object({ lang }), output: as<ProjectRuleSet>() },
  'segmentation.set': { input: z.object({ lang, ruleSet }), output: as<ProjectRuleSet>() },
  'segmentation.reset': { input: z.object({ lang }), output: as<ProjectRuleSet>() },
  'segmentation.try': { input: z.object({ ruleSet, text: z.string().max(1_000_000) }), output: as<SentenceSpan[]>() },
  'segment.list': {
    input: z.object({ documentId, offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) }),
    output: as<SegmentPage>(),
  },
  'segment.get': { input: z.object({ segmentId }), output: as<Segment>() },
  'segment.updateTarget': {
    // expectedTarget: the English this save replaces, as the page last had it from the project; when
    // the project holds something else (another session or the CLI changed it) the save fails with 'conflict'.
    input: z.object({ segmentId, target: z.string().max(1_000_000), session: z.string().max(100).optional(), expectedTarget: z.string().max(1_000_000).optional() }),
    output: as<Segment>(),
  },
  'segment.setStatus': {
    input: z.object({ segmentId, status: z.enum(SEGMENT_STATUSES) }),
    output: as<Segment>(),
  },
  /** Confirm/approve: runs the segment's checks first; an error refuses (segment null) unless force. */
  'segment.setStatusChecked': {
    input: z.object({ segmentId, status: z.enum(SEGMENT_STATUSES), force: z.boolean().optional() }),
    output: as<QaCheckedStatus>(),
  },
  'segment.nextOpen': {
    input: z.object({ documentId, afterPosition: z.number().int() }),
    output: as<NextOpen | null>(),
  },
  'segment.revisions': { input: z.object({ segmentId }), output: as<Revision[]>() },
  /** Positions of the segments a grid filter keeps, in order. */
  'review.filter': {
    input: z.object({
      documentId,
      filter: z.object({
        statuses: z.array(z.enum(SEGMENT_STATUSES)).optional(), hideApproved: z.boolean().optional(), openComments: z.boolean().optional(),
        changedSince: z.number().int().min(0).optional(), lowConfidence: z.boolean().optional(),
      }),
    }),
    output: as<number[]>(),
  },
  'review.segmentsAt': { input: z.object({ documentId, positions: z.array(z.number().int().min(0)).max(1000) }), output: as<Segment[]>() },
  'review.nextForReview': { input: z.object({ documentId, afterPosition: z.number().int() }), output: as<NextOpen | null>() },
  /** Rejects with the reason as a new comment thread: one step, one undo. */
  'review.reject': { input: z.object({ segmentId, reason: z.string().max(20_000) }), output: as<RangeChange & { history: HistoryState }>() },
  'review.setStatusAt': {
    input: z.object({ documentId, positions: z.array(z.number().int().min(0)).min(1).max(100_000), status: z.enum(SEGMENT_STATUSES) }),
    output: as<RangeChange & { history: HistoryState }>(),
  },
  /** Fixes the Arabic (a typo): a revision of field 'source', spans re-anchored, undoable. */
  'segment.updateSource': { input: z.object({ segmentId, source: z.string().max(1_000_000) }), output: as<AlignmentEditResult>() },
  /** Makes a revision's old or new text the segment's current text again, as a new revision (undoable). */
  'segment.restoreRevision': { input: z.object({ revisionId, which: z.enum(['before', 'after']) }), output: as<AlignmentEditResult>() },
  'segment.setDoNotTranslate': { input: z.object({ segmentId, value: z.boolean() }), output: as<Segment>() },
  'alignment.importTranslation': {
    input: z.object({ documentId, path, encoding: encoding.optional(), mode: z.enum(TRANSLATION_IMPORT_MODES).optional() }),
    output: as<AlignedImport>(),
  },
  /** What each import mode would change in the open document, counted before anything is written. */
  'alignment.previewTranslation': {
    input: z.object({ documentId, path, encoding: encoding.optional() }),
    output: as<TranslationImportPreview>(),
  },
  'alignment.mergeNext': { input: z.object({ segmentId }), output: as<AlignmentEditResult>() },
  'alignment.mergePrevious': { input: z.object({ segmentId }), output: as<AlignmentEditResult>() },
  'alignment.split': {
    input: z.object({ segmentId, side: z.enum(TEXT_SIDES), offset: z.number().int().min(0), otherOffset: z.number().int().min(0).nullable().optional() }),
    output: as<AlignmentEditResult>(),
  },
  'alignment.moveFirstTargetToPrevious': { input: z.object({ segmentId }), output: as<AlignmentEditResult>() },
  'alignment.moveLastTargetToNext': { input: z.object({ segmentId }), output: as<AlignmentEditResult>() },
  'alignment.insert': { input: z.object({ segmentId, where: z.enum(['before', 'after']) }), output: as<AlignmentEditResult>() },
  'alignment.deleteEmpty': { input: z.object({ segmentId }), output: as<AlignmentEditResult>() },
  'alignment.setConfirmed': { input: z.object({ segmentId, value: z.boolean() }), output: as<AlignmentEditResult>() },
  'alignment.realign': {
    input: z.object({ documentId, from: z.number().int().min(0), to: z.number().int().min(0) }),
    output: as<AlignedImport>(),
  },
  'alignment.nextLowConfidence': { input: z.object({ documentId, afterPosition: z.number().int() }), output: as<NextOpen | null>() },
  'history.undo': { input: none, output: as<HistoryOutcome>() },
  'history.redo': { input: none, output: as<HistoryOutcome>() },
  'history.state': { input: none, output: as<HistoryState>() },
  'search.run': {
    input: searchInput.extend({ scope: z.enum(SEARCH_SCOPES), limit: z.number().int().min(1).max(2000).optional() }),
    output: as<SearchResult>(),
  },
  'search.replacePreview': { input: searchInput.extend({ replacement: z.string().max(10_000) }), output: as<ReplacePreview>() },
  /** One step of the app-wide undo (history.undo reverts it). */
  'search.replaceAll': { input: searchInput.extend({ replacement: z.string().max(10_000) }), output: as<{ changed: number; history: HistoryState }>() },
  'annotation.scheme': { input: none, output: as<SchemeState>() },
  /** The scheme is checked in the service (core/annotation validateScheme), which names what to fix. */
  'annotation.setScheme': { input: z.object({ scheme: z.unknown() }), output: as<SchemeState>() },
  'annotation.resetScheme': { input: none, output: as<SchemeState>() },
  'annotation.forSegments': { input: z.object({ segmentIds: z.array(segmentId).max(5000) }), output: as<SegmentAnnotations[]>() },
  'annotation.listDocument': { input: z.object({ documentId, filter: annotationFilter.optional() }), output: as<PlacedAnnotation[]>() },
  'annotation.create': {
    input: z.object({
      segmentId, layer: z.string().min(1).max(100), side: z.enum(ANNOTATION_SIDES), start: offset.nullable(), end: offset.nullable(),
      label: z.string().max(200).nullable().optional(), speakerId: speakerId.nullable().optional(), attrs: attrs.optional(),
    }),
    output: as<AnnotationEditResult>(),
  },
  'annotation.update': {
    input: z.object({
      id: annotationId,
      patch: z.object({
        layer: z.string().min(1).max(100).optional(), start: offset.nullable().optional(), end: offset.nullable().optional(),
        label: z.string().max(200).nullable().optional(), speakerId: speakerId.nullable().optional(), attrs: attrs.optional(), flagged: z.literal(false).optional(),
        links: z.array(linkSlot).max(50).optional(),
      }),
    }),
    output: as<AnnotationEditResult>(),
  },
  'annotation.delete': { input: z.object({ id: annotationId }), output: as<AnnotationEditResult>() },
  'annotation.link': { input: linkInput, output: as<AnnotationEditResult>() },
  'annotation.unlink': { input: linkInput, output: as<AnnotationEditResult>() },
  'annotation.suggestCounterparts': { input: z.object({ annotationId }), output: as<CounterpartSuggestionItem[]>() },
  'speaker.list': { input: none, output: as<SpeakerSummary[]>() },
  'speaker.create': { input: speakerFields, output: as<SpeakerSummary>() },
  'speaker.update': { input: z.object({ id: speakerId, patch: speakerFields.partial() }), output: as<SpeakerSummary>() },
  /** Every annotation of `drop` moves to `keep`; empty fields of `keep` are filled from `drop`. */
  'speaker.merge': { input: z.object({ keep: speakerId, drop: speakerId }), output: as<{ speaker: SpeakerSummary; moved: number }>() },
  'speaker.delete': { input: z.object({ id: speakerId }), output: as<{ deleted: true }>() },
  /** English names the registry can learn from translation-linked spans (nothing is written). */
  'speaker.proposeEnglishNames': { input: none, output: as<EnglishNameProposal[]>() },
  /** Fills the accepted English names; a speaker that has one by now keeps it. */
  'speaker.fillEnglishNames': {
    input: z.object({ fills: z.array(z.object({ speakerId, nameTarget: z.string().min(1).max(500) })).max(5000) }),
    output: as<{ filled: SpeakerSummary[]; skipped: number }>(),
  },
  'speaker.activity': { input: z.object({ speakerId, documentId: documentId.optional() }), output: as<SpeakerActivityItem[]>() },
  'comment.list': { input: z.object({ segmentId }), output: as<CommentThread[]>() },
  'comment.listDocument': { input: z.object({ documentId, filter: threadFilter.optional() }), output: as<DocumentThreads>() },
  'comment.add': { input: z.object({ segmentId, body: commentBody, annotationId: annotationId.nullable().optional() }), output: as<CommentEditResult>() },
  'comment.reply': { input: z.object({ parentId: commentId, body: commentBody }), output: as<CommentEditResult>() },
  /** Only the author may edit or delete a comment; anyone may resolve or reopen a thread. */
  'comment.edit': { input: z.object({ id: commentId, body: commentBody }), output: as<CommentEditResult>() },
  'comment.delete': { input: z.object({ id: commentId }), output: as<CommentEditResult>() },
  'comment.resolve': { input: z.object({ id: commentId }), output: as<CommentEditResult>() },
  'comment.reopen': { input: z.object({ id: commentId }), output: as<CommentEditResult>() },
  /** Every occurrence of an Arabic word or phrase in the project (folded, clitic-aware), a sorted page. */
  'concordance.search': {
    input: z.object({
      query: z.string().max(500), sort: z.enum(CONCORDANCE_SORTS).optional(),
      offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional(),
    }),
    output: as<ConcordanceResult>(),
  },
  /** Stops the running concordance search (it answers 'cancelled'). */
  'concordance.cancel': { input: none, output: as<{ cancelled: boolean }>() },
  'concordance.export': {
    input: z.object({ query: z.string().min(1).max(500), sort: z.enum(CONCORDANCE_SORTS).optional(), format: z.enum(['csv', 'tsv']), path }),
    output: as<{ rows: number; capped: boolean }>(),
  },
  /** The project's word list and the names it learned (registry, glossary) for the English spell-check. */
  'spelling.words': { input: none, output: as<ProjectWords>() },
  'spelling.addWord': { input: z.object({ word: z.string().trim().min(1).max(100) }), output: as<ProjectWords>() },
  'spelling.removeWord': { input: z.object({ word: z.string().min(1).max(100) }), output: as<ProjectWords>() },
  'stats.get': { input: z.object({ documentId: documentId.optional() }), output: as<ProjectStats>() },
  /** Runs the enabled QA checks; ignored findings are counted, and listed (marked) only with includeIgnored. */
  'qa.run': {
    input: z.object({
      documentId, segmentIds: z.array(segmentId).min(1).max(5000).optional(), scope: z.enum(['segment', 'all']),
      checks: z.array(qaCheckId).min(1).max(200).optional(), includeIgnored: z.boolean().optional(),
    }),
    output: as<QaRunResult>(),
  },
  /** Remembers a finding as fine (who, why, when); it stays hidden until the text it is about changes. */
  'qa.ignore': { input: z.object({ segmentId, check: qaCheckId, fingerprint: qaFingerprint, reason: z.string().max(2000) }), output: as<QaIgnoreNote>() },
  'qa.unignore': { input: z.object({ segmentId, check: qaCheckId, fingerprint: qaFingerprint }), output: as<{ removed: boolean }>() },
  /** Every check with its label, description and defaults, for the profile editor. */
  'qa.checks': { input: none, output: as<QaCheckInfo[]>() },
  /** Per check, the project's setting (its default where the project has none). */
  'qa.getProfile': { input: none, output: as<Record<string, QaProfileEntry>>() },
  /** Sets the checks given (others keep theirs); reset: back to every default first. */
  'qa.setProfile': {
    input: z.object({
      profile: z.record(qaCheckId, z.object({ enabled: z.boolean(), severity: z.enum(QA_SEVERITIES as [QaSeverity, ...QaSeverity[]]) })),
      reset: z.boolean().optional(),
    }),
    output: as<Record<string, QaProfileEntry>>(),
  },
  /** The standalone QA report of a document (counts per check and severity, then every finding), HTML or CSV. */
  'qa.exportReport': { input: z.object({ documentId, path, format: z.enum(QA_REPORT_FORMATS) }), output: as<{ path: string; findings: number; ignored: number }>() },
  'prefs.get': { input: none, output: as<Prefs>() },
  'prefs.set': {
    input: z.object({
      userName: z.string().trim().min(1).max(100).optional(),
      role: z.enum(['translator', 'reviewer']).optional(),
      lastExport: z.object({ format: z.enum(EXPORT_FORMATS), bom: z.boolean(), guardFormulas: z.boolean().optional() }).optional(),
    }),
    output: as<Prefs>(),
  },
  'glossary.list': { input: none, output: as<GlossaryEntry[]>() },
  'glossary.add': { input: glossaryFields, output: as<GlossaryEntry>() },
  'glossary.update': { input: z.object({ id: glossaryEntryId, patch: glossaryFields.partial() }), output: as<GlossaryEntry>() },
  'glossary.remove': { input: z.object({ id: glossaryEntryId }), output: as<{ removed: true }>() },
  'glossary.import': { input: z.object({ path }), output: as<GlossaryImportResult>() },
  'glossary.export': { input: z.object({ path, format: z.enum(GLOSSARY_FORMATS) }), output: as<{ path: string; entries: number; bytes: number }>() },
  /** Terms in the sources of the given rows (the page asks for the rows it shows). */
  'glossary.recognise': { input: z.object({ segmentIds: z.array(segmentId).max(500) }), output: as<{ segmentId: SegmentId; terms: TermHit[] }[]>() },
  'dialog.openProject': { input: none, output: as<string | null>() },
  'dialog.newProject': { input: none, output: as<string | null>() },
  'dialog.importText': { input: none, output: as<string | null>() },
  'dialog.importGlossary': { input: none, output: as<string | null>() },
  'dialog.exportFile': { input: z.object({ defaultName: z.string().min(1).max(255), extension: z.string().regex(/^[a-z0-9]{1,10}$/) }), output: as<string | null>() },
  'export.run': {
    input: z.object({
      documentId, format: z.enum(EXPORT_FORMATS), path, bom: z.boolean().optional(), guardFormulas: z.boolean().optional(),
      /** Carry each segment's QA findings (formats whose EXPORT_FORMAT_INFO lists 'qa'). */
      qa: z.boolean().optional(),
      /** Only segments with these statuses (all when left out). */
      statuses: z.array(z.enum(SEGMENT_STATUSES)).min(1).max(SEGMENT_STATUSES.length).optional(),
    }),
    output: as<ExportOutcome>(),
  },
  /** Fuzzy matches for a segment from the project, its memories and the user TM, best first. */
  'tm.matches': { input: z.object({ segmentId, min: matchScore.optional(), max: z.number().int().min(1).max(20).optional() }), output: as<TmMatch[]>() },
  'tm.list': { input: none, output: as<TmState>() },
  /** Attaches a TMX file (a path the import dialog granted) as a read-only memory of the project. */
  'tm.attach': { input: z.object({ path, name: z.string().trim().max(200).optional() }), output: as<{ memory: TmMemoryInfo; warnings: string[] }>() },
  'tm.detach': { input: z.object({ memoryId: tmMemoryId }), output: as<TmState>() },
  /** TMX of the project TM (translated segments and attached memories) or of the user TM. */
  'tm.export': { input: z.object({ path, which: z.enum(['project', 'user']) }), output: as<{ path: string; units: number }>() },
  'tm.setOptions': { input: z.object({ userTm: z.boolean().optional(), repetitions: z.boolean().optional() }), output: as<TmState>() },
  /** After a confirmation: identical empty sources of the document get its English (one undo step). */
  'tm.propagate': { input: z.object({ segmentId }), output: as<{ filled: number; history: HistoryState }>() },
  /** Origin and score of pre-translated segments (the grid's badge). */
  'tm.segmentMatches': { input: z.object({ segmentIds: z.array(segmentId).max(1000) }), output: as<{ segmentId: number; origin: string; score: number }[]>() },
  /** Fills a document's empty segments from matches at or above `min` as Draft (one undo step). */
  'segment.pretranslate': {
    input: z.object({ documentId, min: matchScore }),
    output: as<{ filled: number; empty: number; exact: number; adapted: number; history: HistoryState }>(),
  },
  /** Stops the running export between two segments; it then fails with code 'cancelled'. */
  'export.cancel': { input: none, output: as<{ cancelled: boolean }>() },
  'app.closeReady': { input: none, output: as<null>() },
  /** The page could not save everything and shows the user what is unsaved: main stops waiting to close. */
  'app.closeHeld': { input: none, output: as<null>() },
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export const events = {
  'menu.command': as<{ command: MenuCommand; path?: string }>(),
  'app.closeRequested': as<Record<string, never>>(),
  /** Sent while 'export.run' works: segments written so far of the document's total. */
  'export.progress': as<{ path: string; done: number; total: number }>(),
  /** Another session took over editing: this one is now read-only, for this reason. */
  'project.accessChanged': as<{ readOnly: string }>(),
} satisfies Record<EventName, unknown>;

// channels.ts and the contract must list the same names (the other direction is the `satisfies` above).
type Extra = Exclude<keyof typeof contract, Channel> | Exclude<keyof typeof events, EventName>;
const noExtraChannels: [Extra] extends [never] ? true : never = true;
void noExtraChannels;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];
export type EventPayload<E extends EventName> = (typeof events)[E];

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };
