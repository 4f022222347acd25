/** Content-script match patterns: the adapters' registry is the single source (15 sites). */
export { CONTENT_SCRIPT_MATCHES } from '../content/sites/index.ts';
