export * from './errors.ts';
export * from './types.ts';
export * from './csv/index.ts';
export * from './symbols.ts';
export * from './sample/index.ts';
export * from './calendar/index.ts';
export * from './cache/index.ts';
export * from './service/index.ts';
