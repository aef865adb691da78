/**
 * KeeperException.Code: the numeric error codes a ZooKeeper server returns, and the text the Java client
 * puts in an exception's message (reference §4.4).
 */

/** The codes as `KeeperException.Code` numbers them. */
export const Code = {
  OK: 0,
  SYSTEMERROR: -1,
  RUNTIMEINCONSISTENCY: -2,
  DATAINCONSISTENCY: -3,
  CONNECTIONLOSS: -4,
  MARSHALLINGERROR: -5,
  UNIMPLEMENTED: -6,
  OPERATIONTIMEOUT: -7,
  BADARGUMENTS: -8,
  UNKNOWNSESSION: -12,
  NEWCONFIGNOQUORUM: -13,
  RECONFIGINPROGRESS: -14,
  APIERROR: -100,
  NONODE: -101,
  NOAUTH: -102,
  BADVERSION: -103,
  NOCHILDRENFOREPHEMERALS: -108,
  NODEEXISTS: -110,
  NOTEMPTY: -111,
  SESSIONEXPIRED: -112,
  INVALIDCALLBACK: -113,
  INVALIDACL: -114,
  AUTHFAILED: -115,
  SESSIONMOVED: -118,
  NOTREADONLY: -119,
  EPHEMERALONLOCALSESSION: -120,
  NOWATCHER: -121,
  REQUESTTIMEOUT: -122,
  RECONFIGDISABLED: -123,
  QUOTAEXCEEDED: -125,
  THROTTLEDOP: -127,
} as const;

/** One of the numeric codes above. */
export type ErrorCode = (typeof Code)[keyof typeof Code];

// KeeperException.getCodeMessage: most codes print their CamelCase name, a few print a phrase.
const CODE_MESSAGES: Record<number, string> = {
  0: 'ok',
  [-1]: 'SystemError',
  [-2]: 'RuntimeInconsistency',
  [-3]: 'DataInconsistency',
  [-4]: 'ConnectionLoss',
  [-5]: 'MarshallingError',
  [-6]: 'Unimplemented',
  [-7]: 'OperationTimeout',
  [-8]: 'BadArguments',
  [-12]: 'UnknownSession',
  [-13]: 'NewConfigNoQuorum',
  [-14]: 'ReconfigInProgress',
  [-100]: 'APIError',
  [-101]: 'NoNode',
  [-102]: 'NoAuth',
  [-103]: 'BadVersion',
  [-108]: 'NoChildrenForEphemerals',
  [-110]: 'NodeExists',
  [-111]: 'Directory not empty',
  [-112]: 'Session expired',
  [-113]: 'Invalid callback',
  [-114]: 'InvalidACL',
  [-115]: 'AuthFailed',
  [-118]: 'Session moved',
  [-119]: 'Not a read-only call',
  [-120]: 'Ephemeral node on local session',
  [-121]: 'No such watcher',
  [-122]: 'Request timeout',
  [-123]: 'Reconfig is disabled',
  [-125]: 'Quota has exceeded',
  [-127]: 'Op throttled due to high load',
};

/** The enum constant name (`NONODE`), as the recordings' `code` field shows it. */
export function codeName(code: number): string {
  for (const [name, value] of Object.entries(Code)) if (value === code) return name;
  return `UNKNOWN(${code})`;
}

/** `KeeperErrorCode = NoNode for /a`, or without ` for …` when there is no path (KeeperException.getMessage). */
export function keeperErrorMessage(code: number, path: string | null): string {
  const text = CODE_MESSAGES[code] ?? `Unknown error ${code}`;
  return path === null ? `KeeperErrorCode = ${text}` : `KeeperErrorCode = ${text} for ${path}`;
}

/** A server-side failure carrying its code; thrown inside PrepRequestProcessor and caught into an error txn. */
export class KeeperError extends Error {
  /** Builds the error for `code` about `path`. */
  constructor(
    readonly code: ErrorCode,
    readonly path: string | null = null,
  ) {
    super(keeperErrorMessage(code, path));
  }
}
