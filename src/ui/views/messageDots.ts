/**
 * Many messages drawn as dots (the ring's graceful degradation at large ensembles): one SVG path per
 * colour group, rebuilt each animation frame, instead of one transformed element per message. Hundreds
 * of messages then cost one attribute write per group, not hundreds of style and layout updates. The
 * numbers stay exact in the panels; a dot cannot be focused or clicked (the ring says how many fly).
 */
import type { Selection } from 'd3';
import { kindOf, type MessageView } from '../../worker/protocol.ts';
import { messagePoint, progressAt, type Point } from '../layout/ring.ts';
import { groupOf, MESSAGE_COLOURS, type MessageGroup } from './palette.ts';

/** The dots layer: `update` when the messages change, `tick` on every animation frame. */
export interface MessageDots {
  update(messages: readonly MessageView[], pos: (id: number) => Point, rim: number): void;
  tick(t: number): void;
  clear(): void;
}

const GROUPS = Object.keys(MESSAGE_COLOURS) as MessageGroup[];
const DOT = 3;

/** Creates the layer inside `parent` (one path per group, and one, faded, for lost messages). */
export function createMessageDots(parent: Selection<SVGGElement, unknown, null, undefined>): MessageDots {
  const paths = new Map<MessageGroup, SVGPathElement>();
  for (const g of GROUPS) paths.set(g, parent.append('path').attr('class', 'msg-dots').attr('fill', MESSAGE_COLOURS[g]).node()!);
  const lostPath = parent.append('path').attr('class', 'msg-dots lost').attr('fill', MESSAGE_COLOURS.ping).attr('opacity', 0.35).node()!;
  let shown: { m: MessageView; group: MessageGroup; a: Point; b: Point }[] = [];

  const dot = (x: number, y: number) => `M${(x - DOT).toFixed(1)},${y.toFixed(1)}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0`;

  return {
    update(messages, pos, rim) {
      shown = messages.map((m) => ({ m, group: groupOf(kindOf(m.payload)), a: messagePoint(pos(m.from), pos(m.to), 0, rim), b: messagePoint(pos(m.from), pos(m.to), 1, rim) }));
    },
    tick(t) {
      const parts = new Map<MessageGroup | 'lost', string[]>();
      for (const { m, group, a, b } of shown) {
        const dies = m.lostAt !== null && t >= m.lostAt;
        const p = progressAt(m.sentAt, m.deliverAt, dies ? m.lostAt! : t);
        const key = dies ? 'lost' : group;
        let list = parts.get(key);
        if (!list) parts.set(key, (list = []));
        list.push(dot(a.x + (b.x - a.x) * p, a.y + (b.y - a.y) * p));
      }
      for (const [g, el] of paths) el.setAttribute('d', (parts.get(g) ?? []).join(''));
      lostPath.setAttribute('d', (parts.get('lost') ?? []).join(''));
    },
    clear() {
      shown = [];
      for (const el of [...paths.values(), lostPath]) el.setAttribute('d', '');
    },
  };
}
