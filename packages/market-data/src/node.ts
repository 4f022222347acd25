// Node-only entry (file cache, CSV files on disk). Kept apart so the extension bundle never sees node: imports.
export { createFileCache, type FileCacheOptions, fileNameForKey, keyForFileName } from './cache/file-cache.ts';
