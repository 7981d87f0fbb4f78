import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, MIN_HEIGHT, MIN_WIDTH, fitToDisplays, parseWindowState } from '../../../src/main/window-state.js';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('leaves out a position that is not whole numbers (the window manager places it)', () => {
    expect(parseWindowState('{"x":"10","y":20,"width":1000,"height":700}')).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it.each(['', 'not json', 'null', '[]', '{"width":1.5,"height":700}', '{"height":700}', '"text"'])('gives the default for %j', (text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToDisplays', () => {
  it('keeps a position that is on a display', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 1000, height: 700, maximized: false }, [screen])).toEqual({ x: 100, y: 100, width: 1000, height: 700, maximized: false });
  });

  it('drops a position on a monitor that is gone, and clamps the size to the largest display', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 4000, height: 3000, maximized: false }, [screen])).toEqual({ width: 1920, height: 1080, maximized: false });
  });

  it('drops a position whose title bar is above the display', () => {
    expect(fitToDisplays({ x: 100, y: -50, width: 1000, height: 700, maximized: false }, [screen]).x).toBeUndefined();
  });

  it('never goes below the minimum size', () => {
    const fitted = fitToDisplays({ width: 10, height: 10, maximized: false }, [screen]);
    expect([fitted.width, fitted.height]).toEqual([MIN_WIDTH, MIN_HEIGHT]);
  });
});
