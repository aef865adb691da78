import { describe, expect, it } from 'vitest';
import { Session } from '../../playback/session';
import type { Frame } from '../../playback/frame-types';
import { presetScenario, type ScenarioPresetId } from '../../scenario/presets/index';
import { translate } from '../i18n/translate';
import { ringLabels } from '../components/labels';
import { flightEnd, flightPoint, planLabels, type LabelledFlight } from './labelPlan';
import { messageLabelText, placeMessageLabels, spotBox } from './messageLabels';
import { detailChars, detailRooms, fitDetail, messagePoint, overlaps, serverBoxes } from './ring';

const labels = ringLabels((key, params) => translate('en', key, params));
const W = 860, H = 330, MSG_PX = 12;
const bounds = { x0: 0, y0: 0, x1: W, y1: H };

/** A frame's messages as the ring lays them out on a laptop stage, and the server boxes labels keep clear of. */
function flightsOf(f: Frame): { flights: LabelledFlight[]; servers: ReturnType<typeof serverBoxes> } {
  const rooms = detailRooms(detailChars(f.servers.flatMap((s) => labels.detail(s))), 13);
  const { layout } = fitDetail(f.servers, W, H, rooms.full, rooms.state);
  const flights = f.messages.map((m) => {
    const a = layout.positions.get(m.from)!, b = layout.positions.get(m.to)!;
    const p0 = messagePoint(a, b, 0, layout.nodeRadius), p1 = messagePoint(a, b, 1, layout.nodeRadius);
    return {
      ax: p0.x, ay: p0.y, dx: p1.x - p0.x, dy: p1.y - p0.y, sentAt: m.sentAt, deliverAt: m.deliverAt, lostAt: m.lostAt,
      width: 0.62 * messageLabelText(m.payload).length * MSG_PX, height: 1.2 * MSG_PX,
    };
  });
  return { flights, servers: serverBoxes(layout) };
}

/** Frames with messages in flight from syncs and elections. */
function* busyFrames(): Generator<Frame> {
  const presets: ScenarioPresetId[] = ['sync-trunc', 'leader-crash', 'fresh-start-5'];
  for (const id of presets) {
    const session = new Session(presetScenario(id));
    for (let step = 1; step <= 120; step += 4) {
      const f = session.handle({ type: 'seekStep', step, req: 0 });
      if (f.messages.length > 0) yield f;
    }
  }
}

describe('planned label sides', () => {
  it('standing still, are the sides placeMessageLabels picks at that moment', () => {
    for (const f of busyFrames()) {
      const { flights, servers } = flightsOf(f);
      const plans = planLabels(flights, f.t, f.t, servers, bounds);
      const now = placeMessageLabels(flights.map((x) => ({ at: flightPoint(x, f.t), width: x.width, height: x.height })), servers, bounds);
      expect(plans.map((p) => p.map((c) => c.placed?.spot ?? null))).toEqual(now.map((p) => [p?.spot ?? null]));
    }
  });

  it('moving, keep every shown label clear of every server all along each stretch, and list changes in time order', () => {
    let frames = 0, shownStretches = 0;
    for (const f of busyFrames()) {
      frames++;
      const { flights, servers } = flightsOf(f);
      const until = Math.max(...flights.map(flightEnd));
      const plans = planLabels(flights, f.t, until, servers, bounds);
      plans.forEach((plan, k) => {
        expect(plan[0].at).toBe(f.t);
        for (let i = 0; i < plan.length; i++) {
          const from = plan[i].at, to = i + 1 < plan.length ? plan[i + 1].at : until;
          expect(to).toBeGreaterThanOrEqual(from);
          if (i > 0) expect(plan[i].placed?.spot).not.toBe(plan[i - 1].placed?.spot);
          const spot = plan[i].placed?.spot;
          if (!spot) continue;
          shownStretches++;
          // Ten moments across the stretch: the label, on its planned side, covers no server.
          for (let j = 0; j <= 10; j++) {
            const at = flightPoint(flights[k], from + ((to - from) * j) / 10);
            const box = spotBox({ at, width: flights[k].width, height: flights[k].height }, spot).box;
            for (const s of servers) expect(overlaps(box, s), `frame t=${f.t}, message ${k}, side ${spot}`).toBe(false);
          }
        }
      });
    }
    expect(frames).toBeGreaterThan(10);
    expect(shownStretches).toBeGreaterThan(50);
  });

  it('a lost message stops where it died: its position holds from the loss on', () => {
    const f: LabelledFlight = { ax: 0, ay: 0, dx: 100, dy: 0, sentAt: 10, deliverAt: 20, lostAt: 15, width: 10, height: 10 };
    expect(flightPoint(f, 12).x).toBeCloseTo(20);
    expect(flightPoint(f, 15).x).toBeCloseTo(50);
    expect(flightPoint(f, 19).x).toBeCloseTo(50);
    expect(flightEnd(f)).toBe(15);
  });
});
