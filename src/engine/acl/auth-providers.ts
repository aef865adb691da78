/**
 * The server's authentication providers (ProviderRegistry with its two built-in providers, `ip` and
 * `digest`), and the two ACL rules of the request pipeline: PrepRequestProcessor.fixupACL and
 * ZooKeeperServer.checkACL.
 */
import { Code, KeeperError } from '../datatree/keeper-exception.ts';
import type { ACL, Id } from './acl.ts';
import { base64, sha1, utf8Bytes } from './sha1.ts';

/** DigestAuthenticationProvider.generateDigest: `user:base64(SHA-1("user:password"))`. */
export function generateDigest(idPassword: string): string {
  const colon = idPassword.indexOf(':');
  const user = colon === -1 ? idPassword : idPassword.substring(0, colon);
  return `${user}:${base64(sha1(utf8Bytes(idPassword)))}`;
}

/** Java's `String.split(sep)` length with trailing empty strings dropped. */
function javaSplitCount(s: string, sep: string): number {
  if (s === '') return 1;
  const parts = s.split(sep);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.length;
}

/** Integer.parseInt, or null where Java throws NumberFormatException. */
function parseJavaInt(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

/** IPAuthenticationProvider.v4addr2Bytes (3.8 knows only IPv4). */
function v4Bytes(addr: string): number[] | null {
  const parts = addr.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    const v = parseJavaInt(p);
    if (v === null || v < 0 || v > 255) return null;
    out.push(v);
  }
  return out;
}

/** `address[/bits]`: the address bytes and the prefix length, or null when not valid. */
function ipExpression(expr: string): { addr: number[]; bits: number } | null {
  const slash = expr.indexOf('/');
  const addr = v4Bytes(slash === -1 ? expr : expr.substring(0, slash));
  if (addr === null) return null;
  if (slash === -1) return { addr, bits: 32 };
  const bits = parseJavaInt(expr.substring(slash + 1));
  return bits === null || bits < 0 || bits > 32 ? null : { addr, bits };
}

const masked = (addr: number[], bits: number): number[] => addr.map((b, i) => (i * 8 >= bits ? 0 : i * 8 + 8 <= bits ? b : b & (0xff << (8 - (bits - i * 8))) & 0xff));

/** One ServerAuthenticationProvider. */
interface Provider {
  isValid: (id: string) => boolean;
  matches: (id: string, aclExpr: string) => boolean;
  /** Whether `auth:` ACLs may expand to this scheme's ids (isAuthenticated). */
  isAuthenticated: boolean;
}

const PROVIDERS: Record<string, Provider> = {
  ip: {
    isValid: (id) => ipExpression(id) !== null,
    matches: (id, expr) => {
      const acl = ipExpression(expr);
      const remote = v4Bytes(id);
      if (acl === null || remote === null) return false;
      return masked(remote, acl.bits).every((b, i) => b === masked(acl.addr, acl.bits)[i]);
    },
    isAuthenticated: false,
  },
  digest: {
    isValid: (id) => javaSplitCount(id, ':') === 2,
    matches: (id, expr) => id === expr,
    isAuthenticated: true,
  },
};

/** True when the server has a provider for `scheme` (ProviderRegistry.getServerProvider). */
export function hasProvider(scheme: string): boolean {
  return Object.hasOwn(PROVIDERS, scheme);
}

/**
 * The ids an `addauth scheme auth` packet adds to the connection (handleAuthentication), or null when it
 * fails (AuthFailed): an unknown scheme, or digest auth without data. A digest equal to the server's
 * `zookeeper.DigestAuthenticationProvider.superDigest` also adds `super`.
 */
export function authenticate(scheme: string, auth: string | null, remoteIp: string, superDigest: string | null): Id[] | null {
  if (scheme === 'ip') return [{ scheme: 'ip', id: remoteIp }];
  if (scheme !== 'digest' || auth === null) return null;
  const digest = generateDigest(auth);
  return digest === superDigest ? [{ scheme: 'super', id: '' }, { scheme: 'digest', id: digest }] : [{ scheme: 'digest', id: digest }];
}

const sameAcl = (a: ACL, b: ACL): boolean => a.perms === b.perms && a.id.scheme === b.id.scheme && a.id.id === b.id.id;

/**
 * PrepRequestProcessor.fixupACL: drops duplicates, expands `auth` to the caller's authenticated ids, and
 * refuses an empty list, an `auth` entry without such ids, or an id its scheme's provider rejects.
 */
export function fixupACL(path: string, authInfo: readonly Id[], acls: readonly ACL[]): ACL[] {
  const unique: ACL[] = [];
  for (const a of acls) if (!unique.some((u) => sameAcl(u, a))) unique.push(a);
  if (unique.length === 0) throw new KeeperError(Code.INVALIDACL, path);
  const rv: ACL[] = [];
  for (const a of unique) {
    if (a.id.scheme === 'world' && a.id.id === 'anyone') rv.push(a);
    else if (a.id.scheme === 'auth') {
      const ids = authInfo.filter((cid) => PROVIDERS[cid.scheme]?.isAuthenticated === true);
      if (ids.length === 0) throw new KeeperError(Code.INVALIDACL, path);
      for (const cid of ids) rv.push({ perms: a.perms, id: { ...cid } });
    } else {
      const ap = PROVIDERS[a.id.scheme];
      if (ap === undefined || !ap.isValid(a.id.id)) throw new KeeperError(Code.INVALIDACL, path);
      rv.push(a);
    }
  }
  return rv;
}

/** ZooKeeperServer.checkACL as a test: an empty ACL or a `super` caller passes; else an entry with any bit of `perm` must match one of the caller's ids. */
export function allowed(acl: readonly ACL[], perm: number, authInfo: readonly Id[]): boolean {
  if (acl.length === 0 || authInfo.some((i) => i.scheme === 'super')) return true;
  for (const a of acl) {
    if ((a.perms & perm) === 0) continue;
    if (a.id.scheme === 'world' && a.id.id === 'anyone') return true;
    const ap = PROVIDERS[a.id.scheme];
    if (ap !== undefined && authInfo.some((i) => i.scheme === a.id.scheme && ap.matches(i.id, a.id.id))) return true;
  }
  return false;
}

/** ZooKeeperServer.checkACL: NoAuth when `allowed` says no. */
export function checkACL(acl: readonly ACL[], perm: number, authInfo: readonly Id[], path: string | null): void {
  if (!allowed(acl, perm, authInfo)) throw new KeeperError(Code.NOAUTH, path);
}

/** What getACL shows a caller without ADMIN: digest hashes replaced by `x` (FinalRequestProcessor). */
export function maskDigests(acl: readonly ACL[]): ACL[] {
  return acl.map((a) => (a.id.scheme === 'digest' ? { perms: a.perms, id: { scheme: 'digest', id: a.id.id.replace(/:.*/g, ':x') } } : a));
}
