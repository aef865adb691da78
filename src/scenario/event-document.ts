/**
 * A scenario event as it is written in files and links: an event without a server list (a client or a
 * lock contender that picks its own server) leaves `servers` out, since the format has no null there.
 */
import type { ScenarioEvent } from './types';

/** The event's document form (the same object when nothing is left out). */
export function eventDocument(e: ScenarioEvent): ScenarioEvent | Omit<ScenarioEvent, 'servers'> {
  if ('servers' in e && e.servers === null) {
    const { servers: _servers, ...rest } = e;
    return rest;
  }
  return e;
}
