/** @rotation-lens/e2e-harness — local internet, real data, and Chromium / firefox-esr with the built extension. */
export * from './badges.ts';
export * from './cert.ts';
export * from './chart-json.ts';
export * from './chromium.ts';
export * from './connect-proxy.ts';
export * from './csv.ts';
export * from './extension-action.ts';
export * from './extension-errors.ts';
export * from './firefox.ts';
export * from './fixture-server.ts';
export * from './launch.ts';
export * from './ny-time.ts';
export * from './paths.ts';
export * from './profile-grants.ts';
