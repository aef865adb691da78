/**
 * StatPersisted (what the server stores per node) and Stat (what a client receives), reference §4.1.
 */
import type { Zxid } from '../zxid.ts';
import { clientEphemeralOwner } from './ephemeral-type.ts';

/** The jute StatPersisted record. Times are ms since 1970 (the leader's clock when the txn was prepped). */
export interface StatPersisted {
  czxid: Zxid;
  mzxid: Zxid;
  ctime: number;
  mtime: number;
  /** dataVersion. */
  version: number;
  /** Counts child creates only (never deletes); see `reportedCversion`. */
  cversion: number;
  aversion: number;
  ephemeralOwner: bigint;
  pzxid: Zxid;
}

/** The jute Stat record a client receives. */
export interface Stat {
  czxid: Zxid;
  mzxid: Zxid;
  ctime: number;
  mtime: number;
  version: number;
  cversion: number;
  aversion: number;
  ephemeralOwner: bigint;
  dataLength: number;
  numChildren: number;
  pzxid: Zxid;
}

/** DataTree.createStat: the stat of a node created at `zxid`, `time`. */
export function createStat(zxid: Zxid, time: number, ephemeralOwner: bigint): StatPersisted {
  return { czxid: zxid, mzxid: zxid, ctime: time, mtime: time, version: 0, cversion: 0, aversion: 0, ephemeralOwner, pzxid: zxid };
}

/** All-zero stat of the system nodes of a fresh tree (§4.2). */
export function zeroStat(): StatPersisted {
  return createStat(0n, 0, 0n);
}

/** The cversion a client sees: 2·(stored creates) − numChildren, so creates and deletes both count (§4.1). */
export function reportedCversion(storedCversion: number, numChildren: number): number {
  return (storedCversion * 2 - numChildren) | 0;
}

/** DataNode.copyStat: builds the client's Stat from the stored one. */
export function toStat(s: StatPersisted, dataLength: number, numChildren: number, extendedTypesEnabled: boolean): Stat {
  return {
    czxid: s.czxid,
    mzxid: s.mzxid,
    ctime: s.ctime,
    mtime: s.mtime,
    version: s.version,
    cversion: reportedCversion(s.cversion, numChildren),
    aversion: s.aversion,
    ephemeralOwner: clientEphemeralOwner(s.ephemeralOwner, extendedTypesEnabled),
    dataLength,
    numChildren,
    pzxid: s.pzxid,
  };
}
