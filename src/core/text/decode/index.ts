// Decoding: bytes of a text file → the stored text (docs/architecture.md, "Arabic first").
export { TEXT_ENCODINGS, TEXT_ENCODING_NAMES, isTextEncoding, parseTextEncoding, type TextEncoding } from './encodings.js';
export { DETECTION_SAMPLE_BYTES, detectEncoding, type EncodingDetection } from './detect.js';
export { decodeText, type DecodeOptions, type DecodedText } from './decode.js';
