import { afterEach, describe, expect, it } from 'vitest';
import { mount, waitFor } from '../test/dom.ts';
import { useAfterFirstPaint } from './after-first-paint.ts';

function Probe({ ready }: { ready: boolean }) {
  const painted = useAfterFirstPaint(ready);
  return <p data-painted={String(painted)} />;
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const painted = (root: HTMLElement) => root.querySelector('p')?.dataset['painted'];

describe('useAfterFirstPaint', () => {
  it('false on the first render, true once a frame has passed', async () => {
    const m = mount(<Probe ready />);
    cleanup = m.unmount;
    expect(painted(m.root)).toBe('false');
    await waitFor(() => painted(m.root) === 'true');
  });

  it('stays false while not ready', async () => {
    const m = mount(<Probe ready={false} />);
    cleanup = m.unmount;
    await new Promise((r) => setTimeout(r, 100));
    expect(painted(m.root)).toBe('false');
  });
});
