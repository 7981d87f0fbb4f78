import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../../src/api/channels.js';
import { MENU_COMMANDS, contract, events } from '../../../src/api/contract.js';
import { createHandlers } from '../../../src/services/handlers.js';
import { handlerDeps } from '../helpers/handler-deps.js';
import { makeTempDir, type TempDir } from '../helpers/temp-dir.js';

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the API contract', () => {
  it('lists each channel and event once', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(new Set(EVENTS).size).toBe(EVENTS.length);
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
  });

  it.each([...CHANNELS, ...EVENTS])('%s is named noun.verb', (name) => {
    expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it('has a contract entry for every channel and no extra', () => {
    expect(sorted(Object.keys(contract))).toEqual(sorted(CHANNELS));
  });

  it('has a payload for every event and no extra', () => {
    expect(sorted(Object.keys(events))).toEqual(sorted(EVENTS));
  });

  it.each(CHANNELS.map((c) => [c]))('%s has a zod input schema', (channel) => {
    expect(typeof contract[channel].input.safeParse).toBe('function');
  });

  describe('createHandlers', () => {
    let tmp: TempDir;
    beforeEach(() => {
      tmp = makeTempDir();
    });
    afterEach(() => tmp.cleanup());

    it('binds exactly the contract channels, each to a function', () => {
      const handlers = createHandlers(handlerDeps(tmp.dir));
      expect(sorted(Object.keys(handlers))).toEqual(sorted(CHANNELS));
      for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
    });
  });
});
