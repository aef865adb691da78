import { describe, expect, it } from 'vitest';
import { packetPoint, wireLayout } from './wire.ts';

describe('client-connection layout', () => {
  it('spreads servers on the top row and clients on the bottom row', () => {
    const l = wireLayout([1, 2, 3], ['c1'], 400, 200);
    expect([...l.servers.values()].map((p) => p.x)).toEqual([100, 200, 300]);
    expect(l.clients.get('c1')).toEqual({ x: 200, y: 166 });
  });

  it('moves a packet linearly from sender to receiver and clamps outside its flight', () => {
    const a = { x: 0, y: 0 }, b = { x: 100, y: 50 };
    expect(packetPoint(a, b, 10, 20, 15)).toEqual({ x: 50, y: 25 });
    expect(packetPoint(a, b, 10, 20, 5)).toEqual(a);
    expect(packetPoint(a, b, 10, 10, 10)).toEqual(b);
  });
});
