/**
 * The popup's User Timing marks (`performance.mark`), set as its first frame's steps happen and read
 * by `pnpm bench` to show where the popup's own time goes between navigation and its first render.
 * Names only, so the bench can import them without running the popup.
 */
export const POPUP_MARKS = {
  /** The popup's module began to run; its kept-dashboard read is sent right after. */
  module: 'rotation-lens:popup-module',
  /** That read answered (a kept dashboard or none): the first render can start. */
  keptRead: 'rotation-lens:popup-kept-read',
} as const;
