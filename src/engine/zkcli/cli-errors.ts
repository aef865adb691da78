/**
 * CliWrapperException.getMessage: the line zkCli prints for a KeeperException.
 */
import { Code, keeperErrorMessage } from '../datatree/keeper-exception.ts';

const PREFIX: Record<number, string> = {
  [Code.NONODE]: 'Node does not exist: ',
  [Code.NOCHILDRENFOREPHEMERALS]: 'Ephemerals cannot have children: ',
  [Code.NODEEXISTS]: 'Node already exists: ',
  [Code.NOTEMPTY]: 'Node not empty: ',
  [Code.NOTREADONLY]: 'Not a read-only call: ',
  [Code.INVALIDACL]: 'Acl is not valid : ',
  [Code.NOAUTH]: 'Insufficient permission : ',
  [Code.BADARGUMENTS]: 'Arguments are not valid : ',
  [Code.BADVERSION]: 'version No is not valid : ',
  [Code.QUOTAEXCEEDED]: 'Quota has exceeded : ',
};

/** The text zkCli prints when a call on `path` fails with `code`. */
export function cliErrorMessage(code: number, path: string | null): string {
  if (code === Code.RECONFIGINPROGRESS) return 'Another reconfiguration is in progress -- concurrent reconfigs not supported (yet)';
  if (code === Code.NEWCONFIGNOQUORUM) {
    return 'No quorum of new config is connected and up-to-date with the leader of last commmitted config - try invoking reconfiguration after new servers are connected and synced';
  }
  const prefix = PREFIX[code];
  return prefix !== undefined ? `${prefix}${path}` : keeperErrorMessage(code, path);
}
