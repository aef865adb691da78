/**
 * Reads the znode tree of a real ensemble, breadth-first, with each node's Stat and a short data preview.
 * Read-only; stops at `limit` nodes so a huge tree cannot stall the bridge.
 */
import type { Client } from 'node-zookeeper-client';
import type { ZnodeInfo } from './protocol.ts';
import { toStat } from './zk-ops.ts';

const PREVIEW_BYTES = 256;
const hex = (v: bigint): string => `0x${BigInt.asUintN(64, v).toString(16)}`;
const join = (parent: string, child: string): string => (parent === '/' ? `/${child}` : `${parent}/${child}`);

function getData(client: Client, path: string): Promise<ZnodeInfo | null> {
  return new Promise((resolve) => {
    client.getData(path, (error, data, stat) => {
      if (error !== null || !stat) return resolve(null); // deleted meanwhile: skip it
      const s = toStat(stat);
      resolve({
        path, czxid: hex(s.czxid), mzxid: hex(s.mzxid), pzxid: hex(s.pzxid), ctime: s.ctime, mtime: s.mtime,
        version: s.version, cversion: s.cversion, aversion: s.aversion, ephemeralOwner: hex(s.ephemeralOwner),
        dataLength: s.dataLength, numChildren: s.numChildren,
        dataPreview: data === null || data === undefined ? null : data.subarray(0, PREVIEW_BYTES).toString('utf8'),
      });
    });
  });
}

function getChildren(client: Client, path: string): Promise<string[]> {
  return new Promise((resolve) => client.getChildren(path, (error, children) => resolve(error !== null ? [] : [...children].sort())));
}

/** Walks the tree from `/`; `truncated` is true when it stopped at `limit`. */
export async function walkTree(client: Client, limit = 2000): Promise<{ nodes: ZnodeInfo[]; truncated: boolean }> {
  const nodes: ZnodeInfo[] = [];
  const queue = ['/'];
  while (queue.length > 0) {
    if (nodes.length >= limit) return { nodes, truncated: true };
    const path = queue.shift() as string;
    const info = await getData(client, path);
    if (info === null) continue;
    nodes.push(info);
    if (info.numChildren > 0) queue.push(...(await getChildren(client, path)).map((c) => join(path, c)));
  }
  return { nodes, truncated: false };
}
