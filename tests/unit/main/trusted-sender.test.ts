import { describe, expect, it } from 'vitest';
import { isMainFrameOf, type FrameLike, type SenderLike, type WindowLike } from '../../../src/main/trusted-sender.js';

const PAGE = 'file:///app/index.html';
const isAppPage = (url: string) => url === PAGE;
const mainFrame: FrameLike = { processId: 4, frameToken: 'main', url: PAGE };

function window(destroyed = false): WindowLike {
  return { isDestroyed: () => destroyed, webContents: { id: 1, mainFrame } };
}
const from = (frame: FrameLike | null, senderId = 1): SenderLike => ({ sender: { id: senderId }, senderFrame: frame });

describe('isMainFrameOf', () => {
  it('accepts the main frame of the window showing the app page', () => {
    expect(isMainFrameOf(window(), from(mainFrame), isAppPage)).toBe(true);
    // The same frame seen through another wrapper object.
    expect(isMainFrameOf(window(), from({ ...mainFrame }), isAppPage)).toBe(true);
  });

  it('refuses a sub-frame, another window, another page, a missing frame and a closed window', () => {
    expect(isMainFrameOf(window(), from({ processId: 4, frameToken: 'iframe', url: PAGE }), isAppPage)).toBe(false);
    expect(isMainFrameOf(window(), from(mainFrame, 2), isAppPage)).toBe(false);
    expect(isMainFrameOf(window(), from({ ...mainFrame, url: 'https://evil.example/' }), isAppPage)).toBe(false);
    expect(isMainFrameOf(window(), from(null), isAppPage)).toBe(false);
    expect(isMainFrameOf(window(true), from(mainFrame), isAppPage)).toBe(false);
    expect(isMainFrameOf(null, from(mainFrame), isAppPage)).toBe(false);
  });
});
