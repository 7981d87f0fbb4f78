export * from './types.js';
export { QA_CHECKS } from './checks/index.js';
export { qaCheckById, runQa, type QaRunOptions } from './run.js';
