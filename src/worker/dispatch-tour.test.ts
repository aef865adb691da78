import { describe, expect, it } from 'vitest';
import { framesOf } from '../playback/tour-frames.test-helper';
import { dispatch } from './dispatch';
import type { Frame, Reply } from './protocol';

function frameOf(replies: Reply[]): Frame {
  const f = replies.find((r) => r.type === 'frame');
  if (f?.type !== 'frame') throw new Error('no frame');
  return f.frame;
}

describe('a tour step shows the frame its narration was checked against', () => {
  it('a server pinned before does not replace the tally the step speaks of ("the tally of server 1")', () => {
    dispatch({ type: 'load', hash: null, preset: null, library: 'leader-crash' });
    dispatch({ type: 'select', sid: 2, req: 1 });
    const shown = frameOf(dispatch({ type: 'tour', index: 4, req: 2 }));
    const checked = framesOf('leader-crash')[4];
    expect(shown.tally?.sid).toBe(1);
    expect({ servers: shown.servers, tally: shown.tally, t: shown.t }).toEqual({ servers: checked.servers, tally: checked.tally, t: checked.t });
  });
});
