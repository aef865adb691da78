import { describe, expect, it } from 'vitest';
import { Session } from '../../playback/session';
import type { Frame } from '../../playback/frame-types';
import { presetScenario, type ScenarioPresetId } from '../../scenario/presets/index';
import { translate } from '../i18n/translate';
import { ringLabels } from '../components/labels';
import { LABEL_SPOTS, messageLabelText, placeMessageLabels, spotBox } from './messageLabels';
import { detailChars, detailRooms, fitDetail, messagePoint, overlaps, progressAt, serverBoxes, type Rect } from './ring';

const labels = ringLabels((key, params) => translate('en', key, params));

/** The labels of one frame at time t, placed as the ring view places them on a stage of w × h at fontPx. */
function placeFrame(f: Frame, t: number, w: number, h: number, fontPx: number, msgPx: number) {
  const rooms = detailRooms(detailChars(f.servers.flatMap((s) => labels.detail(s))), fontPx);
  const { layout } = fitDetail(f.servers, w, h, rooms.full, rooms.state);
  const servers = serverBoxes(layout);
  const reqs = f.messages.map((m) => {
    const a = layout.positions.get(m.from)!, b = layout.positions.get(m.to)!;
    const at = messagePoint(a, b, progressAt(m.sentAt, m.deliverAt, t), layout.nodeRadius);
    return { at, width: 0.62 * messageLabelText(m.payload).length * msgPx, height: 1.2 * msgPx };
  });
  return { servers, placed: placeMessageLabels(reqs, servers, { x0: 0, y0: 0, x1: w, y1: h }) };
}

/** Stages as the app sizes them: a laptop at 1280×800, a projector in classroom mode, a phone. */
const STAGES = [[860, 330, 13, 12], [1400, 600, 18, 18], [370, 330, 13, 12]] as const;

describe('message labels on the ring', () => {
  it('never cover a server circle or text block, in every frame of syncs and elections', () => {
    const presets: ScenarioPresetId[] = ['sync-trunc', 'sync-diff', 'sync-snap', 'leader-crash', 'fresh-start-5'];
    let shown = 0, total = 0;
    for (const id of presets) {
      const session = new Session(presetScenario(id));
      for (let step = 1; step <= 160; step += 3) {
        const f = session.handle({ type: 'seekStep', step, req: 0 });
        // Three moments of each frame: the messages at send, midway and about to land.
        const ts = f.messages.length ? [f.t, ...f.messages.slice(0, 1).map((m) => (m.sentAt + m.deliverAt) / 2), ...f.messages.slice(0, 1).map((m) => m.deliverAt - 1)] : [];
        for (const t of ts) {
          for (const [w, h, fontPx, msgPx] of STAGES) {
            const { servers, placed } = placeFrame(f, t, w, h, fontPx, msgPx);
            for (const p of placed) {
              total++;
              if (!p) continue;
              shown++;
              for (const s of servers) expect(overlaps(p.box, s), `${id} step ${step} t=${t} ${w}x${h}: a label covers a server`).toBe(false);
            }
          }
        }
      }
    }
    // Most labels are drawn: leaving one out is the exception near a server, not the rule.
    expect(total).toBeGreaterThan(500);
    expect(shown / total).toBeGreaterThan(0.6);
  });

  it('moves a label off a server label rather than drawing over it', () => {
    const server: Rect = { x0: 80, y0: 60, x1: 160, y1: 100 };
    const [p] = placeMessageLabels([{ at: { x: 120, y: 120 }, width: 60, height: 14 }], [server], { x0: 0, y0: 0, x1: 400, y1: 400 });
    expect(p?.spot).toBe('below');
    expect(overlaps(p!.box, server)).toBe(false);
  });

  it('keeps two labels at one spot apart, and keeps the side it had last frame', () => {
    const bounds = { x0: 0, y0: 0, x1: 400, y1: 400 };
    const req = { at: { x: 200, y: 200 }, width: 60, height: 14 };
    const [a, b] = placeMessageLabels([req, req], [], bounds);
    expect(overlaps(a!.box, b!.box)).toBe(false);
    expect(placeMessageLabels([{ ...req, prefer: 'left' }], [], bounds)[0]?.spot).toBe('left');
  });

  it('leaves a label out when every side covers a server (the message card still has it)', () => {
    const req = { at: { x: 200, y: 200 }, width: 60, height: 14 };
    const servers = LABEL_SPOTS.map((s) => spotBox(req, s).box);
    expect(placeMessageLabels([req], servers, { x0: 0, y0: 0, x1: 400, y1: 400 })).toEqual([null]);
  });
});
