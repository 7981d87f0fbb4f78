// The channel and event names, without schemas: the preload imports only this file so the
// sandboxed preload bundle stays tiny. contract.ts checks that it lists exactly these names.

export const CHANNELS = [
  'project.new',
  'project.open',
  'project.close',
  'project.current',
  'project.recent',
  'document.list',
  'document.importText',
  'document.importFile',
  'document.previewFile',
  'segmentation.get',
  'segmentation.set',
  'segmentation.reset',
  'segmentation.try',
  'segment.list',
  'segment.get',
  'segment.updateTarget',
  'segment.setStatus',
  'segment.nextOpen',
  'segment.revisions',
  'segment.setDoNotTranslate',
  'search.run',
  'search.replacePreview',
  'search.replaceAll',
  'search.undoReplace',
  'stats.get',
  'prefs.get',
  'prefs.set',
  'dialog.openProject',
  'dialog.newProject',
  'dialog.importText',
  'app.closeReady',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['menu.command', 'app.closeRequested'] as const;
export type EventName = (typeof EVENTS)[number];
