import { describe, expect, it } from 'vitest';
import { Code } from '../datatree/keeper-exception.ts';
import { aclLines, parseAcl, permString, Perms, type ACL } from './acl.ts';
import { allowed, authenticate, fixupACL, generateDigest, maskDigests } from './auth-providers.ts';

const world = (perms: number): ACL => ({ perms, id: { scheme: 'world', id: 'anyone' } });
const ip = { scheme: 'ip', id: '127.0.0.1' };

describe('ACL texts', () => {
  it('prints permissions in ZKUtil order c, d, r, w, a and ids in jute CSV form', () => {
    expect(permString(Perms.ALL)).toBe('cdrwa');
    expect(permString(Perms.READ | Perms.ADMIN)).toBe('ra');
    expect(aclLines([world(Perms.READ)])).toEqual(["'world,'anyone", ': r']);
    expect(aclLines([{ perms: 1, id: { scheme: 'x', id: 'a,b%' } }])[0]).toBe("'x,'a%2Cb%25");
  });

  it('parses as AclParser does, warning about malformed entries and unknown letters', () => {
    expect(parseAcl('world')).toEqual({ acl: [], warnings: ['world does not have the form scheme:id:perm'] });
    expect(parseAcl('world:anyone:rz')).toEqual({ acl: [world(Perms.READ)], warnings: ['Unknown perm type: z'] });
    expect(parseAcl('digest:bob:h=:r,world:anyone:c').acl).toEqual([{ perms: 1, id: { scheme: 'digest', id: 'bob:h=' } }, world(Perms.CREATE)]);
  });
});

describe('the server side of ACLs', () => {
  it('digest ids are user:base64(SHA-1(user:password)); the super digest adds super', () => {
    expect(generateDigest('alice:secret')).toBe('alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=');
    expect(authenticate('digest', 'super:test', '127.0.0.1', 'super:D/InIHSb7yEEbrWz8b9l71RjZJU=')?.map((i) => i.scheme)).toEqual(['super', 'digest']);
    expect(authenticate('digest', null, '127.0.0.1', null)).toBeNull();
    expect(authenticate('foo', 'x', '127.0.0.1', null)).toBeNull();
  });

  it('fixupACL expands auth to the digest ids only, and refuses what no provider accepts', () => {
    const alice = { scheme: 'digest', id: 'alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=' };
    expect(fixupACL('/s', [ip, alice], [{ perms: Perms.ALL, id: { scheme: 'auth', id: '' } }])).toEqual([{ perms: Perms.ALL, id: alice }]);
    const invalid = (acl: ACL[], auth = [ip]): number | undefined => {
      try {
        fixupACL('/b', auth, acl);
        return undefined;
      } catch (e) {
        return (e as { code: number }).code;
      }
    };
    expect(invalid([{ perms: Perms.ALL, id: { scheme: 'auth', id: '' } }])).toBe(Code.INVALIDACL);
    expect(invalid([{ perms: Perms.ALL, id: { scheme: 'digest', id: 'alice' } }])).toBe(Code.INVALIDACL);
    expect(invalid([{ perms: Perms.ALL, id: { scheme: 'ip', id: '300.0.0.1' } }])).toBe(Code.INVALIDACL);
    expect(invalid([{ perms: Perms.ALL, id: { scheme: 'world', id: 'someone' } }])).toBe(Code.INVALIDACL);
    expect(invalid([])).toBe(Code.INVALIDACL);
    expect(invalid([world(0)])).toBeUndefined();
  });

  it('checkACL: any requested bit on a matching id; ip ranges by prefix; super passes everything', () => {
    const acl: ACL[] = [{ perms: Perms.READ, id: { scheme: 'ip', id: '127.0.0.0/8' } }];
    expect(allowed(acl, Perms.READ, [ip])).toBe(true);
    expect(allowed(acl, Perms.WRITE, [ip])).toBe(false);
    expect(allowed(acl, Perms.READ | Perms.ADMIN, [ip])).toBe(true);
    expect(allowed([{ perms: Perms.READ, id: { scheme: 'ip', id: '10.0.0.1' } }], Perms.READ, [ip])).toBe(false);
    expect(allowed([world(0)], Perms.READ, [ip, { scheme: 'super', id: '' }])).toBe(true);
    expect(allowed([], Perms.ADMIN, [ip])).toBe(true);
  });

  it('getACL without ADMIN hides digest hashes', () => {
    expect(maskDigests([{ perms: 1, id: { scheme: 'digest', id: 'bob:abc=' } }])).toEqual([{ perms: 1, id: { scheme: 'digest', id: 'bob:x' } }]);
  });
});
