import { basename } from 'node:path';
import type { EventName } from '../api/channels.js';
import type { EventPayload, Handlers } from '../api/contract.js';
import { MizanError } from '../core/errors.js';
import type { AnnotationFilter } from '../core/annotation/types.js';
import type { AnnotationId, CommentId, DocumentId, RevisionId, SegmentId, SpeakerId } from '../core/model.js';
import { listDocuments } from '../store/documents.js';
import { listRevisions } from '../store/revisions.js';
import {
  deleteEmptySegment, insertEmptySegmentBeside, mergeWithNext, mergeWithPrevious, moveFirstTargetSentenceToPrevious,
  moveLastTargetSentenceToNext, setAlignConfirmed, splitSegment,
} from './alignment-edit-service.js';
import { importTranslation, nextLowConfidence, realignRange } from './alignment-service.js';
import type { ServiceContext } from './context.js';
import { clearHistory, historyState, redoLast, undoLast } from './edit-history.js';
import type { PrefsStore } from './prefs-store.js';
import type { ProjectSession } from './project-session.js';
import { SAMPLE_TITLE, fillSampleProject } from './sample-project.js';
import { restoreRevision, updateSource } from './revision-service.js';
import { previewReplace, replaceAll, searchSegments, undoReplace } from './search-service.js';
import { nextOpenSegment, pageSegments, requireSegment, setDoNotTranslate, setStatus, updateTarget } from './segment-service.js';
import { computeStats } from './stats-service.js';
import {
  createAnnotation, deleteAnnotation, linkAnnotations, listDocumentAnnotations, listSegmentAnnotations, suggestCounterparts,
  unlinkAnnotations, updateAnnotation,
} from './annotation-service.js';
import { getScheme, resetScheme, setScheme } from './annotation-scheme-service.js';
import { filterPositions, nextForReview, rejectWithComment, segmentsAtPositions, setStatusAt } from './review-service.js';
import { createSpeaker, deleteSpeaker, listSpeakers, mergeSpeakers, speakerActivity, updateSpeaker } from './speaker-service.js';
import {
  addComment, deleteComment, editComment, listDocumentThreads, listThreads, reopenThread, replyToComment, resolveThread,
} from './comment-service.js';
import { projectRuleSet, resetProjectRuleSet, saveProjectRuleSet, trySegmentation } from './segmentation-settings.js';
import { guardAccess } from './access-guard.js';
import { updateTargetIfUnchanged } from './save-conflict.js';
import { inlineJobRunner, type JobRunner, type RunningJob } from './jobs/job-runner.js';
import { WRITING_JOBS, type JobInputs, type JobKind, type JobOutputs } from './jobs/job-types.js';

/** What differs between hosts (Electron main, the test harness): native dialogs and window control. */
export interface HostPorts {
  openProjectDialog(): Promise<string | null>;
  newProjectDialog(): Promise<string | null>;
  importTextDialog(): Promise<string | null>;
  /** A save dialog for an export; `extension` without the dot. */
  exportFileDialog(defaultName: string, extension: string): Promise<string | null>;
  closeReady(): void;
  /** Sends an event to the page (progress of long jobs). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface HandlerDeps {
  session: ProjectSession;
  prefs: PrefsStore;
  now: () => number;
  host: HostPorts;
  /** How a long export gives way between batches; the e2e harness slows it to test Cancel. */
  exportPause?: () => Promise<void>;
  /** Where imports, previews and exports run: worker threads in the app (default: in-process). */
  jobs?: JobRunner;
}

/** Written into export headers (TMX creationtoolversion and the like). */
const APP_VERSION = '0.1.0';

/** A preview lists this many changes; the replace itself changes them all. */
const PREVIEW_LIMIT = 500;

/** Every channel of the contract bound to its use case; a missing channel fails to compile. */
export function createHandlers({ session, prefs, now, host, exportPause, jobs = inlineJobRunner }: HandlerDeps): Handlers {
  const ctx: ServiceContext = { now, user: () => prefs.get().userName };
  const db = () => session.require();
  let runningExport: RunningJob<unknown> | null = null;
  let runningImport: RunningJob<unknown> | null = null;
  /** Runs an import or preview as a job (off the main thread in the app); one at a time, so Cancel knows which. */
  const importJob = async <K extends JobKind>(kind: K, input: JobInputs[K]): Promise<JobOutputs[K]> => {
    if (WRITING_JOBS.has(kind)) db();
    if (runningImport) throw new MizanError('bad-input', 'an import is already running; wait for it or cancel it');
    const job = jobs.start(kind, input, session.jobTarget(), ctx);
    runningImport = job;
    try {
      return await job.result;
    } finally {
      runningImport = null;
    }
  };
  const remember = <T extends { path: string; title: string }>(info: T): T => {
    prefs.addRecent(info.path, info.title, now());
    return info;
  };

  return guardAccess(session, {
    'project.new': ({ path, sample }) =>
      remember(
        sample
          ? session.create(path, SAMPLE_TITLE, (d) => fillSampleProject(d, now()))
          : session.create(path, basename(path).replace(/\.mizan$/i, '')),
      ),
    'project.open': ({ path, access }) => remember(session.open(path, access ?? 'edit')),
    'project.close': () => {
      if (session.isOpen) clearHistory(db());
      session.close();
      return null;
    },
    'project.current': () => (session.isOpen ? session.info() : null),
    'project.recent': () => prefs.recent(),
    'document.list': () => listDocuments(db()),
    'document.importText': (req) => importJob('importText', req),
    'document.importFile': (req) => importJob('importFile', req),
    'document.previewBilingual': (req) => importJob('previewBilingual', req),
    'document.importBilingual': (req) => importJob('importBilingual', req),
    'document.previewFile': (req) => importJob('previewFile', req),
    'document.cancelImport': () => {
      if (!runningImport) return { cancelled: false };
      runningImport.cancel();
      return { cancelled: true };
    },
    'segmentation.get': ({ lang }) => projectRuleSet(db(), lang),
    'segmentation.set': ({ lang, ruleSet }) => saveProjectRuleSet(db(), lang, ruleSet),
    'segmentation.reset': ({ lang }) => resetProjectRuleSet(db(), lang),
    'segmentation.try': ({ ruleSet, text }) => trySegmentation(ruleSet, text),
    'segment.list': ({ documentId, offset, limit }) => pageSegments(db(), documentId as DocumentId, offset, limit),
    'segment.get': ({ segmentId }) => requireSegment(db(), segmentId as SegmentId),
    'segment.updateTarget': ({ segmentId, target, session: editSession, expectedTarget }) =>
      expectedTarget === undefined
        ? updateTarget(db(), ctx, segmentId as SegmentId, target, editSession ?? null)
        : updateTargetIfUnchanged(db(), ctx, segmentId as SegmentId, target, editSession ?? null, expectedTarget),
    'segment.setStatus': ({ segmentId, status }) => setStatus(db(), ctx, segmentId as SegmentId, status),
    'segment.nextOpen': ({ documentId, afterPosition }) => nextOpenSegment(db(), documentId as DocumentId, afterPosition),
    'segment.revisions': ({ segmentId }) => listRevisions(db(), segmentId as SegmentId),
    'segment.updateSource': ({ segmentId, source }) => updateSource(db(), ctx, segmentId as SegmentId, source),
    'segment.restoreRevision': ({ revisionId, which }) => restoreRevision(db(), ctx, revisionId as RevisionId, which),
    'segment.setDoNotTranslate': ({ segmentId, value }) => setDoNotTranslate(db(), ctx, segmentId as SegmentId, value),
    'alignment.importTranslation': async ({ documentId, path, encoding }) =>
      importTranslation(db(), ctx, documentId as DocumentId, await importJob('readTranslation', { path, encoding })),
    'alignment.mergeNext': ({ segmentId }) => mergeWithNext(db(), ctx, segmentId as SegmentId),
    'alignment.mergePrevious': ({ segmentId }) => mergeWithPrevious(db(), ctx, segmentId as SegmentId),
    'alignment.split': ({ segmentId, side, offset, otherOffset }) => splitSegment(db(), ctx, segmentId as SegmentId, side, offset, otherOffset ?? null),
    'alignment.moveFirstTargetToPrevious': ({ segmentId }) => moveFirstTargetSentenceToPrevious(db(), ctx, segmentId as SegmentId),
    'alignment.moveLastTargetToNext': ({ segmentId }) => moveLastTargetSentenceToNext(db(), ctx, segmentId as SegmentId),
    'alignment.insert': ({ segmentId, where }) => insertEmptySegmentBeside(db(), ctx, segmentId as SegmentId, where),
    'alignment.deleteEmpty': ({ segmentId }) => deleteEmptySegment(db(), ctx, segmentId as SegmentId),
    'alignment.setConfirmed': ({ segmentId, value }) => setAlignConfirmed(db(), ctx, segmentId as SegmentId, value),
    'alignment.realign': ({ documentId, from, to }) => realignRange(db(), ctx, documentId as DocumentId, from, to),
    'alignment.nextLowConfidence': ({ documentId, afterPosition }) => nextLowConfidence(db(), documentId as DocumentId, afterPosition),
    'review.filter': ({ documentId, filter }) => filterPositions(db(), documentId as DocumentId, filter),
    'review.segmentsAt': ({ documentId, positions }) => segmentsAtPositions(db(), documentId as DocumentId, positions),
    'review.nextForReview': ({ documentId, afterPosition }) => nextForReview(db(), documentId as DocumentId, afterPosition),
    'review.reject': ({ segmentId, reason }) => rejectWithComment(db(), ctx, segmentId as SegmentId, reason),
    'review.setStatusAt': ({ documentId, positions, status }) => setStatusAt(db(), ctx, documentId as DocumentId, positions, status),
    'annotation.scheme': () => getScheme(db()),
    'annotation.setScheme': ({ scheme }) => setScheme(db(), scheme),
    'annotation.resetScheme': () => resetScheme(db()),
    'annotation.forSegments': ({ segmentIds }) => listSegmentAnnotations(db(), segmentIds as SegmentId[]),
    'annotation.listDocument': ({ documentId, filter }) => listDocumentAnnotations(db(), documentId as DocumentId, (filter ?? {}) as AnnotationFilter),
    'annotation.create': ({ segmentId, speakerId, ...rest }) =>
      createAnnotation(db(), ctx, { ...rest, segmentId: segmentId as SegmentId, ...(speakerId === undefined ? {} : { speakerId: speakerId as SpeakerId | null }) }),
    'annotation.update': ({ id, patch: { speakerId, ...patch } }) =>
      updateAnnotation(db(), ctx, id as AnnotationId, { ...patch, ...(speakerId === undefined ? {} : { speakerId: speakerId as SpeakerId | null }) }),
    'annotation.delete': ({ id }) => deleteAnnotation(db(), ctx, id as AnnotationId),
    'annotation.link': ({ fromId, toId, kind }) => linkAnnotations(db(), ctx, fromId as AnnotationId, toId as AnnotationId, kind),
    'annotation.unlink': ({ fromId, toId, kind }) => unlinkAnnotations(db(), ctx, fromId as AnnotationId, toId as AnnotationId, kind),
    'annotation.suggestCounterparts': ({ annotationId }) => suggestCounterparts(db(), annotationId as AnnotationId),
    'speaker.list': () => listSpeakers(db()),
    'speaker.create': (fields) => createSpeaker(db(), ctx, fields),
    'speaker.update': ({ id, patch }) => updateSpeaker(db(), ctx, id as SpeakerId, patch),
    'speaker.merge': ({ keep, drop }) => mergeSpeakers(db(), ctx, keep as SpeakerId, drop as SpeakerId),
    'speaker.delete': ({ id }) => {
      deleteSpeaker(db(), id as SpeakerId);
      return { deleted: true as const };
    },
    'speaker.activity': ({ speakerId, documentId }) => speakerActivity(db(), speakerId as SpeakerId, (documentId ?? null) as DocumentId | null),
    'comment.list': ({ segmentId }) => listThreads(db(), segmentId as SegmentId),
    'comment.listDocument': ({ documentId, filter }) =>
      listDocumentThreads(db(), documentId as DocumentId, filter ? { state: filter.state, ...(filter.author === undefined ? {} : { author: filter.author }) } : { state: 'all' }),
    'comment.add': ({ segmentId, body, annotationId }) => addComment(db(), ctx, segmentId as SegmentId, body, (annotationId ?? null) as AnnotationId | null),
    'comment.reply': ({ parentId, body }) => replyToComment(db(), ctx, parentId as CommentId, body),
    'comment.edit': ({ id, body }) => editComment(db(), ctx, id as CommentId, body),
    'comment.delete': ({ id }) => deleteComment(db(), ctx, id as CommentId),
    'comment.resolve': ({ id }) => resolveThread(db(), ctx, id as CommentId),
    'comment.reopen': ({ id }) => reopenThread(db(), ctx, id as CommentId),
    'history.undo': () => undoLast(db()),
    'history.redo': () => redoLast(db()),
    'history.state': () => historyState(db()),
    'search.run': ({ limit, documentId, ...rest }) => searchSegments(db(), { ...rest, documentId: documentId as DocumentId, limit: limit ?? 200 }),
    'search.replacePreview': ({ documentId, ...rest }) => {
      const items = previewReplace(db(), { ...rest, documentId: documentId as DocumentId });
      return { total: items.length, items: items.slice(0, PREVIEW_LIMIT) };
    },
    'search.replaceAll': ({ documentId, ...rest }) => replaceAll(db(), ctx, { ...rest, documentId: documentId as DocumentId }),
    'search.undoReplace': ({ batch }) => undoReplace(db(), ctx, batch),
    'stats.get': ({ documentId }) => computeStats(db(), (documentId ?? null) as DocumentId | null),
    'prefs.get': () => prefs.get(),
    'prefs.set': (patch) => prefs.set(patch),
    'dialog.openProject': () => host.openProjectDialog(),
    'dialog.newProject': () => host.newProjectDialog(),
    'dialog.importText': () => host.importTextDialog(),
    'dialog.exportFile': ({ defaultName, extension }) => host.exportFileDialog(defaultName, extension),
    'export.run': async ({ documentId, format, path, bom, guardFormulas }) => {
      if (runningExport) throw new MizanError('bad-input', 'an export is already running; wait for it or cancel it');
      prefs.set({ lastExport: { format, bom: bom ?? false, guardFormulas: guardFormulas ?? false } });
      const target = session.jobTarget();
      // In-process, the export reads a snapshot so edits made meanwhile do not show; a worker takes its own.
      const snapshot = target.path && jobs !== inlineJobRunner ? null : session.snapshot();
      const job = jobs.start('export', {
        documentId: documentId as DocumentId, format, outPath: path, bom: bom ?? false, guardFormulas: guardFormulas ?? false,
        now: now(), tool: { name: 'Mizan', version: APP_VERSION },
      }, snapshot ? { ...target, db: snapshot.db } : target, ctx, {
        onProgress: (done, total) => host.emit('export.progress', { path, done, total }),
        ...(exportPause ? { pause: exportPause } : {}),
      });
      runningExport = job;
      try {
        return await job.result;
      } finally {
        runningExport = null;
        snapshot?.close();
      }
    },
    'export.cancel': () => {
      if (!runningExport) return { cancelled: false };
      runningExport.cancel();
      return { cancelled: true };
    },
    'app.closeReady': () => {
      host.closeReady();
      return null;
    },
  });
}
