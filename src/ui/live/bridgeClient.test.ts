import { describe, expect, it } from 'vitest';
import { parseBridgeEvent, retryDelay, RETRY_MAX_MS } from './bridgeClient.ts';

describe('the bridge connection', () => {
  it('backs off 1 s, 2 s, 4 s … and never waits more than 15 s', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, RETRY_MAX_MS, RETRY_MAX_MS, RETRY_MAX_MS]);
  });

  it('reads the bridge’s events and refuses anything else', () => {
    expect(parseBridgeEvent('{"type":"hello","version":1,"ensemble":["127.0.0.1:2181"],"commandsEnabled":false}')?.type).toBe('hello');
    expect(parseBridgeEvent('{"type":"<img src=x onerror=alert(1)>"}')).toBeNull();
    expect(parseBridgeEvent('not json')).toBeNull();
    expect(parseBridgeEvent('null')).toBeNull();
    expect(parseBridgeEvent('[1,2]')).toBeNull();
  });
});
