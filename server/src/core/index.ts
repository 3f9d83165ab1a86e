/** Public surface of the core, used by the language server, the CLI and the tests. */
export * from './tree';
export * from './rule';
export * from './config';
export * from './fix';
export * from './lint';
export { LineIndex, type Position } from './text';
export { parse } from './parser';
export { allRules, ruleByName } from './rules';
