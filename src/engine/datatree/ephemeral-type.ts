/**
 * EphemeralType: what a node's stored ephemeralOwner means (reference §4.7). The owner field is a Java long,
 * kept here as a signed 64-bit bigint.
 */

/** Long.MIN_VALUE: the stored owner of every container node. */
export const CONTAINER_EPHEMERAL_OWNER = -(2n ** 63n);

/** The largest TTL a node may have: 2^40 - 1 ms. */
export const MAX_TTL_MS = 2 ** 40 - 1;

/** What kind of node an owner value marks. */
export type EphemeralKind = 'VOID' | 'NORMAL' | 'CONTAINER' | 'TTL';

/** The stored owner of a TTL node: `0xFF00_0000_0000_0000 | ttl`, read back as a signed long. */
export function ttlEphemeralOwner(ttlMs: number): bigint {
  return BigInt.asIntN(64, 0xff00000000000000n | BigInt(ttlMs));
}

/** EphemeralType.get: TTL owners are recognised only when extended types are enabled. */
export function ephemeralKind(owner: bigint, extendedTypesEnabled: boolean): EphemeralKind {
  if (owner === CONTAINER_EPHEMERAL_OWNER) return 'CONTAINER';
  if (owner === 0n) return 'VOID';
  if (extendedTypesEnabled && owner < 0n && (BigInt.asUintN(64, owner) >> 56n) === 0xffn) return 'TTL';
  return 'NORMAL';
}

/** The TTL in ms carried by a TTL owner (its low 40 bits, as far as we use them). */
export function ttlOf(owner: bigint): number {
  return Number(BigInt.asUintN(64, owner) & 0x00ffffffffffffffn);
}

/** The owner a client is shown: the session for a NORMAL ephemeral, 0 for container and TTL nodes (§4.1). */
export function clientEphemeralOwner(owner: bigint, extendedTypesEnabled: boolean): bigint {
  const kind = ephemeralKind(owner, extendedTypesEnabled);
  return kind === 'CONTAINER' || kind === 'TTL' ? 0n : owner;
}
