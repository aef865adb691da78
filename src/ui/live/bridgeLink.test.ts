import { describe, expect, it } from 'vitest';
import { socketUrl } from './bridgeClient.ts';
import { readBridgeLink } from './liveStore.ts';

describe('the link the bridge prints', () => {
  const printed = 'http://127.0.0.1:5173/#bridge=ws%3A%2F%2F127.0.0.1%3A8787&token=abc_DEF-123';
  it('gives the bridge address and token, from the whole link or its fragment', () => {
    expect(readBridgeLink(printed)).toEqual({ url: 'ws://127.0.0.1:8787', token: 'abc_DEF-123' });
    expect(readBridgeLink('#bridge=ws%3A%2F%2F127.0.0.1%3A9000&token=t')).toEqual({ url: 'ws://127.0.0.1:9000', token: 't' });
    expect(readBridgeLink('ws://127.0.0.1:8787/?token=t')).toEqual({ url: 'ws://127.0.0.1:8787', token: 't' });
  });
  it('is not a bridge link without a token or with a non-WebSocket address', () => {
    expect(readBridgeLink('ws://127.0.0.1:8787')).toBeNull();
    expect(readBridgeLink('#bridge=ws%3A%2F%2F127.0.0.1%3A8787')).toBeNull();
    expect(readBridgeLink('#bridge=javascript%3Aalert(1)&token=t')).toBeNull();
    expect(readBridgeLink('#v2.abc')).toBeNull();
  });
  it('puts the token in the handshake query', () => {
    expect(socketUrl('ws://127.0.0.1:8787', 'a b')).toBe('ws://127.0.0.1:8787/?token=a+b');
  });
});
