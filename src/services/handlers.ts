import { basename, resolve } from 'node:path';
import type { EventName } from '../api/channels.js';
import type { EventPayload, Handlers } from '../api/contract.js';
import { MizanError } from '../core/errors.js';
import { getDocument, listDocuments } from '../store/documents.js';
import { listRevisions } from '../store/revisions.js';
import {
  deleteEmptySegment, insertEmptySegmentBeside, mergeWithNext, mergeWithPrevious, moveFirstTargetSentenceToPrevious,
  moveLastTargetSentenceToNext, setAlignConfirmed, splitSegment,
} from './alignment-edit-service.js';
import { planRealign } from './alignment-plan.js';
import {
  applyRealign, applyTranslationImport, nextLowConfidence, previewTranslationImport, realignInput, translationImportInput,
} from './alignment-service.js';
import type { ServiceContext } from './context.js';
import { clearHistory, historyState, redoLast, undoLast } from './edit-history.js';
import type { PrefsStore } from './prefs-store.js';
import type { ProjectSession } from './project-session.js';
import { SAMPLE_TITLE, fillSampleProject } from './sample-project.js';
import { restoreRevision, updateSource } from './revision-service.js';
import { previewReplace, replaceAll, searchSegments } from './search-service.js';
import { nextOpenSegment, pageSegments, requireSegment, setDoNotTranslate, setStatus, updateTarget } from './segment-service.js';
import { computeStats } from './stats-service.js';
import { QA_CHECKS, type QaCheck } from '../core/qa/index.js';
import { effectiveQaProfile, ignoreQaFinding, listQaChecks, resetQaProfile, runDocumentQa, setQaProfile, setStatusChecked, unignoreQaFinding, writeQaReport } from './qa-service.js';
import {
  createAnnotation, deleteAnnotation, linkAnnotations, listDocumentAnnotations, listSegmentAnnotations, suggestCounterparts,
  unlinkAnnotations, updateAnnotation,
} from './annotation-service.js';
import { getScheme, resetScheme, setScheme } from './annotation-scheme-service.js';
import { filterPositions, nextForReview, rejectWithComment, segmentsAtPositions, setStatusAt } from './review-service.js';
import { createSpeaker, deleteSpeaker, fillEnglishNames, listSpeakers, mergeSpeakers, proposeEnglishNames, speakerActivity, updateSpeaker } from './speaker-service.js';
import {
  addComment, deleteComment, editComment, listDocumentThreads, listThreads, reopenThread, replyToComment, resolveThread,
} from './comment-service.js';
import { projectRuleSet, resetProjectRuleSet, saveProjectRuleSet, trySegmentation } from './segmentation-settings.js';
import { ConcordanceSearches } from './concordance-service.js';
import { concordanceSources } from './concordance-sources.js';
import { addProjectWord, projectWords, removeProjectWord } from './spelling-service.js';
import { addGlossaryEntry, exportGlossary, listGlossary, recogniseSegments, removeGlossaryEntry, updateGlossaryEntry } from './glossary-service.js';
import { createPathGrants, type GrantPurpose, type PathGrants } from './path-grants.js';
import { guardAccess } from './access-guard.js';
import { updateTargetIfUnchanged } from './save-conflict.js';
import { inlineJobRunner, type JobRunner, type JobTarget, type RunningJob } from './jobs/job-runner.js';
import { attachTmx, detachTmx, listTmMemories, matchSegment } from './tm-service.js';
import { pretranslateDocument, propagateRepetitions } from './pretranslate-service.js';
import { exportTmx } from './tm-export.js';
import { setTmSettings, tmSettings, type UserTm } from './user-tm.js';
import { segmentMatches } from '../store/tm.js';
import { isConfirmed, type Segment } from '../core/model.js';
import type { TmState } from '../api/contract.js';
import { WRITING_JOBS, type JobInputs, type JobKind, type JobOutputs } from './jobs/job-types.js';

/** What differs between hosts (Electron main, the test harness): native dialogs and window control. */
export interface HostPorts {
  openProjectDialog(): Promise<string | null>;
  newProjectDialog(): Promise<string | null>;
  importTextDialog(): Promise<string | null>;
  /** An open dialog for a termbase (TBX, tab-separated, CSV). */
  importGlossaryDialog(): Promise<string | null>;
  /** A save dialog for an export; `extension` without the dot. */
  exportFileDialog(defaultName: string, extension: string): Promise<string | null>;
  closeReady(): void;
  /** The page holds the close back (edits it could not save, shown to the user): stop waiting to close. */
  closeHeld(): void;
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
  /** Paths the page may name (path-grants.ts); main passes its own to add files from the command line. */
  grants?: PathGrants;
  /** Where imports, previews and exports run: worker threads in the app (default: in-process). */
  jobs?: JobRunner;
  /** The user TM in the user folder (none: confirmed segments go nowhere else, matches leave it out). */
  userTm?: UserTm | null;
  /** The quality checks (default: the registry, core/qa/checks); tests pass their own. */
  qaChecks?: readonly QaCheck[];
}

/** Written into export headers (TMX creationtoolversion and the like). */
const APP_VERSION = '0.1.0';

/** Jobs that only compute (segmenting, aligning) need no project: they run in a worker even for an in-memory one. */
const COMPUTE_ONLY: JobTarget = { db: null, path: null, readOnly: false };

/**
 * A re-align of this many segments or more is planned in a job (off the main thread in the app); a
 * smaller one, the usual few rows, takes milliseconds, less than starting a worker.
 */
export const REALIGN_IN_JOB_FROM = 200;

/** A whole-document QA run of this many segments or more runs as a job (off the main thread in the app). */
export const QA_IN_JOB_FROM = 2000;

/** A preview lists this many changes; the replace itself changes them all. */
const PREVIEW_LIMIT = 500;

/** Every channel of the contract bound to its use case; a missing channel fails to compile. */
export function createHandlers({ session, prefs, now, host, exportPause, grants = createPathGrants(), jobs = inlineJobRunner, userTm = null, qaChecks = QA_CHECKS }: HandlerDeps): Handlers {
  const ctx: ServiceContext = { now, user: () => prefs.get().userName };
  const db = () => session.require();
  const concordance = new ConcordanceSearches();
  let runningExport: RunningJob<unknown> | null = null;
  let runningImport: RunningJob<unknown> | null = null;
  /** A path from the page is used only if main handed it out (a dialog, the recent list, the open project). */
  const granted = (path: string, purpose: GrantPurpose): string => {
    if (purpose === 'project' && (prefs.recent().some((r) => resolve(r.path) === resolve(path)) || (session.isOpen && resolve(session.info().path) === resolve(path)))) return path;
    grants.require(path, purpose);
    return path;
  };
  const granting = (purpose: GrantPurpose) => (path: string | null) => (path === null ? null : grants.grant(path, purpose));
  /** Runs an import or preview as a job (off the main thread in the app); one at a time, so Cancel knows which. */
  const importJob = async <K extends JobKind>(kind: K, input: JobInputs[K], target: JobTarget = session.jobTarget()): Promise<JobOutputs[K]> => {
    if (WRITING_JOBS.has(kind)) db();
    if (runningImport) throw new MizanError('bad-input', 'an import is already running; wait for it or cancel it');
    const job = jobs.start(kind, input, target, ctx);
    runningImport = job;
    try {
      return await job.result;
    } finally {
      runningImport = null;
    }
  };
  /** The user TM when this project sends to it and it could be opened. */
  const projectUserTm = () => (userTm && tmSettings(db()).userTm ? userTm.get() : null);
  // A confirmed translation joins the user TM (when the project sends to it); failing that never fails the confirmation.
  const rememberConfirmed = (segment: Segment): Segment => {
    if (userTm && isConfirmed(segment.status) && tmSettings(db()).userTm) userTm.remember(segment.source, segment.target, ctx.user());
    return segment;
  };
  const tmState = (): TmState => ({
    memories: listTmMemories(db()),
    settings: tmSettings(db()),
    userTm: { path: userTm?.filePath ?? null, warning: userTm?.takeWarning() ?? null },
  });
  const remember = <T extends { path: string; title: string }>(info: T): T => {
    prefs.addRecent(info.path, info.title, now());
    return info;
  };

  return guardAccess(session, {
    'project.new': ({ path, sample }) => {
      granted(path, 'project');
      return remember(
        sample
          ? session.create(path, SAMPLE_TITLE, (d) => fillSampleProject(d, now()))
          : session.create(path, basename(path).replace(/\.mizan$/i, '')),
      );
    },
    'project.open': ({ path, access }) => remember(session.open(granted(path, 'project'), access ?? 'edit')),
    'project.close': () => {
      if (session.isOpen) clearHistory(db());
      session.close();
      return null;
    },
    'project.current': () => (session.isOpen ? session.info() : null),
    'project.recent': () => prefs.recent(),
    'document.list': () => listDocuments(db()),
    'document.importText': (req) => importJob('importText', req),
    'document.importFile': (req) => importJob('importFile', { ...req, path: granted(req.path, 'read') }),
    'document.previewBilingual': (req) => importJob('previewBilingual', { ...req, path: granted(req.path, 'read') }),
    'document.importBilingual': (req) => importJob('importBilingual', { ...req, path: granted(req.path, 'read') }),
    'document.previewFile': (req) => importJob('previewFile', { ...req, path: granted(req.path, 'read') }),
    'document.cancelImport': () => {
      if (!runningImport) return { cancelled: false };
      runningImport.cancel();
      return { cancelled: true };
    },
    'segmentation.get': ({ lang }) => projectRuleSet(db(), lang),
    'segmentation.set': ({ lang, ruleSet }) => saveProjectRuleSet(db(), lang, ruleSet),
    'segmentation.reset': ({ lang }) => resetProjectRuleSet(db(), lang),
    'segmentation.try': ({ ruleSet, text }) => trySegmentation(ruleSet, text),
    'segment.list': ({ documentId, offset, limit }) => pageSegments(db(), documentId, offset, limit),
    'segment.get': ({ segmentId }) => requireSegment(db(), segmentId),
    'segment.updateTarget': ({ segmentId, target, session: editSession, expectedTarget }) =>
      expectedTarget === undefined
        ? updateTarget(db(), ctx, segmentId, target, editSession ?? null)
        : updateTargetIfUnchanged(db(), ctx, segmentId, target, editSession ?? null, expectedTarget),
    'segment.setStatus': ({ segmentId, status }) => rememberConfirmed(setStatus(db(), ctx, segmentId, status)),
    'segment.setStatusChecked': ({ segmentId, status, force }) => {
      const checked = setStatusChecked(db(), ctx, segmentId, status, force ?? false, qaChecks);
      if (checked.segment) rememberConfirmed(checked.segment);
      return checked;
    },
    'segment.pretranslate': ({ documentId, min }) => pretranslateDocument(db(), ctx, documentId, min, { userTm: projectUserTm() }),
    'tm.matches': ({ segmentId, min, max }) => matchSegment(db(), segmentId, { userTm: projectUserTm(), ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }),
    'tm.list': () => tmState(),
    'tm.attach': ({ path, name }) => attachTmx(db(), ctx, granted(path, 'read'), name),
    'tm.detach': ({ memoryId }) => {
      detachTmx(db(), memoryId);
      return tmState();
    },
    'tm.export': ({ path, which }) => {
      granted(path, 'write');
      const source = which === 'project' ? db() : userTm?.get();
      if (!source) throw new MizanError('not-found', 'there is no user translation memory to export; confirm segments first');
      return exportTmx(source, which, path, session.info().path, now());
    },
    'tm.setOptions': (patch) => {
      setTmSettings(db(), patch);
      return tmState();
    },
    'tm.propagate': ({ segmentId }) => (tmSettings(db()).repetitions ? propagateRepetitions(db(), ctx, segmentId) : { filled: 0, history: historyState(db()) }),
    'tm.segmentMatches': ({ segmentIds }) => [...segmentMatches(db(), segmentIds)].map(([segmentId, m]) => ({ segmentId, ...m })),
    'segment.nextOpen': ({ documentId, afterPosition }) => nextOpenSegment(db(), documentId, afterPosition),
    'segment.revisions': ({ segmentId }) => listRevisions(db(), segmentId),
    'segment.updateSource': ({ segmentId, source }) => updateSource(db(), ctx, segmentId, source),
    'segment.restoreRevision': ({ revisionId, which }) => restoreRevision(db(), ctx, revisionId, which),
    'segment.setDoNotTranslate': ({ segmentId, value }) => setDoNotTranslate(db(), ctx, segmentId, value),
    // Reading, segmenting and aligning run in a job; the write, one undoable step, here where the history lives.
    'alignment.importTranslation': async ({ documentId, path, encoding, mode }) => {
      const input = translationImportInput(db(), documentId);
      const plan = await importJob('alignTranslation', { path: granted(path, 'read'), encoding, units: input.units, targetRules: input.targetRules }, COMPUTE_ONLY);
      return applyTranslationImport(db(), ctx, documentId, input, plan, mode ?? 'replace');
    },
    'alignment.previewTranslation': async ({ documentId, path, encoding }) => {
      const input = translationImportInput(db(), documentId);
      const plan = await importJob('alignTranslation', { path: granted(path, 'read'), encoding, units: input.units, targetRules: input.targetRules }, COMPUTE_ONLY);
      return previewTranslationImport(db(), documentId, input, plan);
    },
    'alignment.mergeNext': ({ segmentId }) => mergeWithNext(db(), ctx, segmentId),
    'alignment.mergePrevious': ({ segmentId }) => mergeWithPrevious(db(), ctx, segmentId),
    'alignment.split': ({ segmentId, side, offset, otherOffset }) => splitSegment(db(), ctx, segmentId, side, offset, otherOffset ?? null),
    'alignment.moveFirstTargetToPrevious': ({ segmentId }) => moveFirstTargetSentenceToPrevious(db(), ctx, segmentId),
    'alignment.moveLastTargetToNext': ({ segmentId }) => moveLastTargetSentenceToNext(db(), ctx, segmentId),
    'alignment.insert': ({ segmentId, where }) => insertEmptySegmentBeside(db(), ctx, segmentId, where),
    'alignment.deleteEmpty': ({ segmentId }) => deleteEmptySegment(db(), ctx, segmentId),
    'alignment.setConfirmed': ({ segmentId, value }) => setAlignConfirmed(db(), ctx, segmentId, value),
    'alignment.realign': async ({ documentId, from, to }) => {
      const input = realignInput(db(), documentId, from, to);
      const { units, sourceRules, targetRules } = input;
      const plan = units.length < REALIGN_IN_JOB_FROM
        ? planRealign(units, sourceRules, targetRules)
        : await importJob('realign', { units, sourceRules, targetRules }, COMPUTE_ONLY);
      return applyRealign(db(), ctx, documentId, input, plan);
    },
    'alignment.nextLowConfidence': ({ documentId, afterPosition }) => nextLowConfidence(db(), documentId, afterPosition),
    'review.filter': ({ documentId, filter }) => filterPositions(db(), documentId, filter),
    'review.segmentsAt': ({ documentId, positions }) => segmentsAtPositions(db(), documentId, positions),
    'review.nextForReview': ({ documentId, afterPosition }) => nextForReview(db(), documentId, afterPosition),
    'review.reject': ({ segmentId, reason }) => rejectWithComment(db(), ctx, segmentId, reason),
    'review.setStatusAt': ({ documentId, positions, status }) => setStatusAt(db(), ctx, documentId, positions, status),
    'annotation.scheme': () => getScheme(db()),
    'annotation.setScheme': ({ scheme }) => setScheme(db(), scheme),
    'annotation.resetScheme': () => resetScheme(db()),
    'annotation.forSegments': ({ segmentIds }) => listSegmentAnnotations(db(), segmentIds),
    'annotation.listDocument': ({ documentId, filter }) => listDocumentAnnotations(db(), documentId, filter ?? {}),
    'annotation.create': (req) => createAnnotation(db(), ctx, req),
    'annotation.update': ({ id, patch }) => updateAnnotation(db(), ctx, id, patch),
    'annotation.delete': ({ id }) => deleteAnnotation(db(), ctx, id),
    'annotation.link': ({ fromId, toId, kind }) => linkAnnotations(db(), ctx, fromId, toId, kind),
    'annotation.unlink': ({ fromId, toId, kind }) => unlinkAnnotations(db(), ctx, fromId, toId, kind),
    'annotation.suggestCounterparts': ({ annotationId }) => suggestCounterparts(db(), annotationId),
    'speaker.list': () => listSpeakers(db()),
    'speaker.create': (fields) => createSpeaker(db(), ctx, fields),
    'speaker.update': ({ id, patch }) => updateSpeaker(db(), ctx, id, patch),
    'speaker.merge': ({ keep, drop }) => mergeSpeakers(db(), ctx, keep, drop),
    'speaker.proposeEnglishNames': () => proposeEnglishNames(db()),
    'speaker.fillEnglishNames': ({ fills }) => fillEnglishNames(db(), ctx, fills),
    'speaker.delete': ({ id }) => {
      deleteSpeaker(db(), id);
      return { deleted: true as const };
    },
    'speaker.activity': ({ speakerId, documentId }) => speakerActivity(db(), speakerId, documentId ?? null),
    'comment.list': ({ segmentId }) => listThreads(db(), segmentId),
    'comment.listDocument': ({ documentId, filter }) =>
      listDocumentThreads(db(), documentId, filter ? { state: filter.state, ...(filter.author === undefined ? {} : { author: filter.author }) } : { state: 'all' }),
    'comment.add': ({ segmentId, body, annotationId }) => addComment(db(), ctx, segmentId, body, annotationId ?? null),
    'comment.reply': ({ parentId, body }) => replyToComment(db(), ctx, parentId, body),
    'comment.edit': ({ id, body }) => editComment(db(), ctx, id, body),
    'comment.delete': ({ id }) => deleteComment(db(), ctx, id),
    'comment.resolve': ({ id }) => resolveThread(db(), ctx, id),
    'comment.reopen': ({ id }) => reopenThread(db(), ctx, id),
    'history.undo': () => undoLast(db()),
    'history.redo': () => redoLast(db()),
    'history.state': () => historyState(db()),
    'search.run': ({ limit, ...rest }) => searchSegments(db(), { ...rest, limit: limit ?? 200 }),
    'search.replacePreview': (req) => {
      const items = previewReplace(db(), req);
      return { total: items.length, items: items.slice(0, PREVIEW_LIMIT) };
    },
    'search.replaceAll': (req) => replaceAll(db(), ctx, req),
    'concordance.search': ({ query, sort, offset, limit }) =>
      concordance.search(concordanceSources(db(), projectUserTm()), { query, sort: sort ?? 'document', offset: offset ?? 0, limit: limit ?? 100 }),
    'concordance.cancel': () => ({ cancelled: concordance.cancel() }),
    'concordance.export': ({ query, sort, format, path }) => {
      const database = db();
      return concordance.export(concordanceSources(database, projectUserTm()), { query, sort: sort ?? 'document', format }, granted(path, 'write'), database.memory ? null : database.name);
    },
    'spelling.words': () => projectWords(db()),
    'spelling.addWord': ({ word }) => addProjectWord(db(), word),
    'spelling.removeWord': ({ word }) => removeProjectWord(db(), word),
    'glossary.list': () => listGlossary(db()),
    'glossary.add': (fields) => addGlossaryEntry(db(), ctx, fields),
    'glossary.update': ({ id, patch }) => updateGlossaryEntry(db(), ctx, id, patch),
    'glossary.remove': ({ id }) => removeGlossaryEntry(db(), id),
    // Like a document import: a worker reads the file, so a huge or hostile termbase never blocks the window.
    'glossary.import': ({ path }) => importJob('importGlossary', { path: granted(path, 'read') }),
    'glossary.export': ({ path, format }) =>
      exportGlossary(db(), { format, outPath: granted(path, 'write'), projectPath: session.info().path, now: now(), tool: `Mizan ${APP_VERSION}` }),
    'glossary.recognise': ({ segmentIds }) => recogniseSegments(db(), segmentIds),
    'stats.get': ({ documentId }) => computeStats(db(), documentId ?? null),
    'qa.run': ({ documentId, segmentIds, scope, checks, includeIgnored }) => {
      const req = { documentId, scope, ...(segmentIds ? { segmentIds } : {}), ...(checks ? { checks } : {}), ...(includeIgnored ? { includeIgnored } : {}) };
      // A long document is checked in a job (a worker in the app), so the window's other calls go on;
      // a few segments (confirm) or a short document take less than starting a worker.
      const long = !segmentIds && qaChecks === QA_CHECKS && (getDocument(db(), documentId)?.segmentCount ?? 0) >= QA_IN_JOB_FROM;
      return long ? jobs.start('qaRun', req, session.jobTarget(), ctx).result : runDocumentQa(db(), { ...req, registry: qaChecks });
    },
    'qa.ignore': (req) => ignoreQaFinding(db(), ctx, req),
    'qa.unignore': (req) => ({ removed: unignoreQaFinding(db(), req) }),
    'qa.checks': () => listQaChecks(qaChecks),
    'qa.getProfile': () => effectiveQaProfile(db(), qaChecks),
    'qa.setProfile': ({ profile, reset }) => {
      if (reset) resetQaProfile(db(), qaChecks);
      return setQaProfile(db(), profile, qaChecks);
    },
    'qa.exportReport': ({ documentId, path, format }) =>
      writeQaReport(db(), { documentId, format, outPath: granted(path, 'write'), now: now(), tool: { name: 'Mizan', version: APP_VERSION }, registry: qaChecks }),
    'prefs.get': () => prefs.get(),
    'prefs.set': (patch) => prefs.set(patch),
    // A path the user chose in main's own dialog is granted for what the dialog was for.
    'dialog.openProject': () => host.openProjectDialog().then(granting('project')),
    'dialog.newProject': () => host.newProjectDialog().then(granting('project')),
    'dialog.importText': () => host.importTextDialog().then(granting('read')),
    'dialog.importGlossary': () => host.importGlossaryDialog().then(granting('read')),
    'dialog.exportFile': ({ defaultName, extension }) => host.exportFileDialog(defaultName, extension).then(granting('write')),
    'export.run': async ({ documentId, format, path, bom, guardFormulas, statuses, qa }) => {
      if (runningExport) throw new MizanError('bad-input', 'an export is already running; wait for it or cancel it');
      granted(path, 'write');
      prefs.set({ lastExport: { format, bom: bom ?? false, guardFormulas: guardFormulas ?? false } });
      const target = session.jobTarget();
      // In-process, the export reads a snapshot so edits made meanwhile do not show; a worker takes its own.
      const snapshot = target.path && jobs !== inlineJobRunner ? null : session.snapshot();
      const job = jobs.start('export', {
        documentId, format, outPath: path, bom: bom ?? false, guardFormulas: guardFormulas ?? false,
        now: now(), tool: { name: 'Mizan', version: APP_VERSION }, ...(statuses ? { statuses } : {}), ...(qa ? { qa } : {}),
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
    'app.closeHeld': () => {
      host.closeHeld();
      return null;
    },
  });
}
