/**
 * Options of the standalone server, named as ZooKeeper's zoo.cfg keys and Java system properties
 * (`#server name=value` lines of a transcript).
 */
import { JUTE_MAXBUFFER_DEFAULT } from '../../engine/datatree/request-size.ts';

/** The server's settings. */
export interface ServerConfig {
  tickTime: number;
  minSessionTimeout: number;
  maxSessionTimeout: number;
  /** `znode.container.checkIntervalMs` (default 60000). */
  containerCheckIntervalMs: number;
  /** `znode.container.maxNeverUsedIntervalMs` (default 0: off). */
  maxNeverUsedIntervalMs: number;
  /** `zookeeper.extendedTypesEnabled`: TTL nodes. */
  extendedTypesEnabled: boolean;
  /** `jute.maxbuffer`. */
  juteMaxBuffer: number;
  /** `zookeeper.enforceQuota`: hard quota limits refuse writes. */
  enforceQuota: boolean;
  /** `zookeeper.DigestAuthenticationProvider.superDigest` (`super:<base64 SHA-1>`): that digest is also `super`. */
  superDigest: string | null;
  /** Wall-clock time (ms since 1970) at virtual time 0: ctime/mtime are this plus virtual time. */
  epochMs: number;
}

/** 2026-01-01T00:00:00Z: a fixed, real date so ctime/mtime print like a real server's. */
export const DEFAULT_EPOCH_MS = 1767225600000;

/** The defaults: the sample zoo.cfg's tickTime 2000, everything else ZooKeeper's default. */
export function defaultServerConfig(): ServerConfig {
  return {
    tickTime: 2000,
    minSessionTimeout: -1,
    maxSessionTimeout: -1,
    containerCheckIntervalMs: 60000,
    maxNeverUsedIntervalMs: 0,
    extendedTypesEnabled: false,
    juteMaxBuffer: JUTE_MAXBUFFER_DEFAULT,
    enforceQuota: false,
    superDigest: null,
    epochMs: DEFAULT_EPOCH_MS,
  };
}

type Setter = (c: ServerConfig, v: string) => string | null;

const int = (set: (c: ServerConfig, n: number) => void, min: number): Setter => (c, v) => {
  if (!/^-?\d+$/.test(v) || Number(v) < min) return `must be an integer ≥ ${min}`;
  set(c, Number(v));
  return null;
};

const bool = (set: (c: ServerConfig, b: boolean) => void): Setter => (c, v) => {
  if (v !== 'true' && v !== 'false') return 'must be true or false';
  set(c, v === 'true');
  return null;
};

/** The options a `#server` line may set. */
export const SERVER_OPTIONS: Record<string, Setter> = {
  tickTime: int((c, n) => (c.tickTime = n), 1),
  minSessionTimeout: int((c, n) => (c.minSessionTimeout = n), -1),
  maxSessionTimeout: int((c, n) => (c.maxSessionTimeout = n), -1),
  'znode.container.checkIntervalMs': int((c, n) => (c.containerCheckIntervalMs = n), 1),
  'znode.container.maxNeverUsedIntervalMs': int((c, n) => (c.maxNeverUsedIntervalMs = n), 0),
  'jute.maxbuffer': int((c, n) => (c.juteMaxBuffer = n), 1),
  'zookeeper.extendedTypesEnabled': bool((c, b) => (c.extendedTypesEnabled = b)),
  'zookeeper.enforceQuota': bool((c, b) => (c.enforceQuota = b)),
  'zookeeper.DigestAuthenticationProvider.superDigest': (c, v) => {
    if (!/^[^:]*:[A-Za-z0-9+/]{27}=$/.test(v)) return 'must be user:digest, the base64 SHA-1 of "user:password" (as DigestAuthenticationProvider prints it)';
    c.superDigest = v;
    return null;
  },
};

/** Applies `name=value`; returns an error text naming what is allowed, or null. */
export function applyServerOption(c: ServerConfig, assignment: string): string | null {
  const eq = assignment.indexOf('=');
  if (eq <= 0) return `expected name=value, got "${assignment}"`;
  const name = assignment.substring(0, eq).trim();
  const value = assignment.substring(eq + 1).trim();
  const setter = SERVER_OPTIONS[name];
  if (setter === undefined) return `unknown server option "${name}" (allowed: ${Object.keys(SERVER_OPTIONS).join(', ')})`;
  const err = setter(c, value);
  return err === null ? null : `${name} ${err}, got "${value}"`;
}
