// Minimal declaration of the WHATWG TextDecoder, the subset this module uses.
//
// core compiles with lib ES2023 and no types, where TextDecoder is not declared; Node, Electron and
// Chromium all provide it at run time (with full ICU: windows-1256 and iso-8859-6 included). The
// declaration is module-scoped on purpose: a global `declare var TextDecoder` would clash with the
// declarations that @types/node and lib.dom bring in when the node and web configs compile src/core.
import type { TextEncoding } from './encodings.js';

interface WhatwgTextDecoderOptions {
  /** Throw a TypeError on malformed input instead of emitting U+FFFD. */
  fatal?: boolean;
  /** Keep a leading byte order mark in the output instead of removing it. */
  ignoreBOM?: boolean;
}

interface WhatwgTextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

interface WhatwgTextDecoderConstructor {
  new (label: string, options?: WhatwgTextDecoderOptions): WhatwgTextDecoder;
}

declare const TextDecoder: WhatwgTextDecoderConstructor;

const cache = new Map<string, WhatwgTextDecoder>();

/**
 * Decodes with the platform decoder. A byte order mark is never removed here (ignoreBOM): the
 * caller strips it, so it knows exactly what it removed. Decoders are reused; decode() without
 * `stream` keeps no state between calls.
 */
export function platformDecode(bytes: Uint8Array, encoding: TextEncoding, fatal: boolean): string {
  const key = `${encoding}/${fatal ? 'fatal' : 'replace'}`;
  let decoder = cache.get(key);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    cache.set(key, decoder);
  }
  return decoder.decode(bytes);
}

/** Like platformDecode with fatal set, but returns undefined instead of throwing. */
export function platformDecodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return platformDecode(bytes, encoding, true);
  } catch {
    return undefined;
  }
}
