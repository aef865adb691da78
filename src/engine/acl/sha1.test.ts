import { describe, expect, it } from 'vitest';
import { base64, sha1, utf8Bytes } from './sha1.ts';

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('pure SHA-1 and base64', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(hex(sha1(utf8Bytes('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(utf8Bytes('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8Bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(hex(sha1(utf8Bytes('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });

  it('pads base64 as java.util.Base64 does', () => {
    expect(base64(utf8Bytes(''))).toBe('');
    expect(base64(utf8Bytes('f'))).toBe('Zg==');
    expect(base64(utf8Bytes('fo'))).toBe('Zm8=');
    expect(base64(utf8Bytes('foo'))).toBe('Zm9v');
  });

  // Printed by Debian's ZooKeeper 3.8.0: java -cp zookeeper.jar org.apache.zookeeper.server.auth.DigestAuthenticationProvider user:pass
  it('gives the digests real ZooKeeper 3.8 computes', () => {
    expect(base64(sha1(utf8Bytes('alice:secret')))).toBe('aYXlLOpEooaV1cRAvUL1fp9Qt7E=');
    expect(base64(sha1(utf8Bytes('bob:pw')))).toBe('ikIaKsbtGweaHnb/jKn7OHqbunM=');
    expect(base64(sha1(utf8Bytes('super:test')))).toBe('D/InIHSb7yEEbrWz8b9l71RjZJU=');
  });
});

describe('utf8Bytes', () => {
  it('encodes like String.getBytes(UTF_8)', () => {
    expect([...utf8Bytes('aé€😀')]).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8Bytes('\ud800x')]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
  });
});
