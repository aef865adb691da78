/**
 * The length prefix of a request packet, checked against `jute.maxbuffer` before the server reads it
 * (reference §4.8): header, path, data and ACL all count, so a request, not a znode, is limited.
 */
import { utf8Length } from './path-utils.ts';
import type { ReadOp, WriteOp } from './request.ts';

/** `jute.maxbuffer` default: 0xFFFFF bytes. */
export const JUTE_MAXBUFFER_DEFAULT = 0xfffff;

// The OPEN_ACL_UNSAFE list: count, perms, "world", "anyone".
const OPEN_ACL_BYTES = 4 + 4 + (4 + 5) + (4 + 6);
const str = (s: string | null): number => 4 + (s === null ? 0 : utf8Length(s));

/** Bytes after the length prefix: xid and type (8), then the record. */
export function requestPacketLength(op: ReadOp | WriteOp): number {
  const header = 8;
  switch (op.type) {
    case 'create':
      return header + str(op.path) + str(op.data) + OPEN_ACL_BYTES + 4 + (op.ttl >= 0 ? 8 : 0);
    case 'setData':
      return header + str(op.path) + str(op.data) + 4;
    case 'delete':
    case 'check':
      return header + str(op.path) + 4;
    case 'multi':
      return header + op.ops.reduce((n, o) => n + 9 + requestPacketLength(o) - header, 0) + 9;
    default:
      return header + ('path' in op ? str(op.path) : 0) + 4;
  }
}
