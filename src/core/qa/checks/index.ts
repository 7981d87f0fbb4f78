import type { QaCheck } from '../types.js';
import { emptyTarget } from './empty-target.js';

/** Every QA check, in the order the panel and the report list them. A new check is one module and one line. */
export const QA_CHECKS: readonly QaCheck[] = [emptyTarget];
