/**
 * The network: per-pair FIFO channels with seeded latency, and partitions that silently lose
 * messages (cli-contract.md §1).
 */
import { nextInt } from './prng';
import type { World } from './world';

/** true when a and b are in the same partition group (or there is no partition). */
export function reachable(w: World, a: number, b: number): boolean {
  if (a === b) return true;
  if (w.state.cutLinks.size > 0 && w.state.cutLinks.has(pairKey(a, b))) return false;
  if (w.state.partition.size === 0) return true;
  return groupOf(w, a) === groupOf(w, b);
}

/** The key of an unordered pair of servers. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Cuts (or mends) the single link between a and b. */
export function setLinkCut(w: World, a: number, b: number, cut: boolean): void {
  if (cut) w.state.cutLinks.add(pairKey(a, b));
  else w.state.cutLinks.delete(pairKey(a, b));
}

function groupOf(w: World, sid: number): number {
  // A server not listed is alone in its own group.
  return w.state.partition.get(sid) ?? -sid;
}

/**
 * One latency draw for the link between a and b: the scenario's range, or the link's own range set by
 * a `latency` fault. Exactly one draw either way, so a run without faults is unchanged.
 */
export function drawLatency(w: World, a = 0, b = 0): number {
  const range = w.state.linkLatencyMs.size > 0 ? w.state.linkLatencyMs.get(pairKey(a, b)) ?? w.latencyMs : w.latencyMs;
  return nextInt(w.state.latencyRng, range[0], range[1]);
}

/** How late a slow server's timers fire and its sends leave (0 for a normal server). */
export function slowness(w: World, sid: number): number {
  return w.state.slowMs.size > 0 ? w.state.slowMs.get(sid) ?? 0 : 0;
}

/** The key of a directed channel between two servers (sids are at most 255). */
export function channelKey(channel: 'election' | 'zab', from: number, to: number): number {
  return (channel === 'election' ? 0 : 65536) + from * 256 + to;
}

/** When a message sent now from a to b on `channel` arrives: never before an earlier one (FIFO). */
export function fifoDeliveryTime(w: World, channel: 'election' | 'zab', a: number, b: number): number {
  const key = channelKey(channel, a, b);
  const at = Math.max(w.state.now + drawLatency(w, a, b) + slowness(w, a), w.state.lastDeliveryAt.get(key) ?? 0);
  w.state.lastDeliveryAt.set(key, at);
  return at;
}

/** Sets a partition: each listed group is cut off from the rest. */
export function setPartition(w: World, groups: readonly (readonly number[])[]): void {
  w.state.partition = new Map();
  groups.forEach((g, i) => g.forEach((sid) => w.state.partition.set(sid, i)));
}

/** Heals every link: the partition and the links cut by hand. */
export function heal(w: World): void {
  w.state.partition = new Map();
  w.state.cutLinks = new Set();
}
