/**
 * A one-line progress bar for stderr: redrawn in place with \r, erased at the end.
 * Created disabled when stderr is not a terminal, so pipes and logs stay clean.
 */
export interface Progress {
  update(done: number, label: string): void;
  done(): void;
}

const WIDTH = 24;

export function createProgress(total: number, write: (s: string) => void, enabled: boolean): Progress {
  if (!enabled || total === 0) return { update() {}, done() {} };
  let last = 0;
  return {
    update(done, label) {
      const filled = Math.round((done / total) * WIDTH);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
      write(`\r${line}${' '.repeat(Math.max(0, last - line.length))}`);
      last = line.length;
    },
    done() {
      write(`\r${' '.repeat(last)}\r`);
    },
  };
}
