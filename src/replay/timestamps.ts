/**
 * Timestamps as the log layouts write them, read without a Date object or the machine's zone: a stamp
 * with a zone (`Z`, `+08:00`, `+0800`) is read as UTC, one without is read as written (only differences
 * between stamps of one clock matter; clock skew between servers is aligned later).
 */

/** `2019-05-24 11:20:33,044` (ZooKeeper's `%d{ISO8601}`), also with `.` before the milliseconds. */
export const ZK_STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})[,.](\d{3})(?=\s|$)/;
/** `2019-05-24T11:20:33.044`, with optional fraction (1–9 digits) and zone. */
export const ISO_STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?(?=[\s"]|$)/;
/** `11:20:33.044`: logback's default `%d{HH:mm:ss.SSS}`, a time of day only. */
export const TIME_OF_DAY = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3})(?=\s)/;

/** Milliseconds of a fraction of a second written with 1–9 digits. */
function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000 + 1e-6);
}

/** Minutes east of UTC of a zone suffix (`Z`, `+08:00`, `-0530`), 0 when absent. */
function zoneMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Reads a date-and-time match of ZK_STAMP or ISO_STAMP as milliseconds since 1970. */
export function stampMs(m: RegExpExecArray, iso: boolean): number {
  const n = (i: number): number => Number(m[i]);
  const ms = iso ? fractionMs(m[7]) : n(7);
  return Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), ms) - (iso ? zoneMinutes(m[8]) * 60_000 : 0);
}

/** Milliseconds since midnight of a TIME_OF_DAY match. */
export function timeOfDayMs(m: RegExpExecArray): number {
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

/** Reads an ISO-8601 string (a JSON `@timestamp`) or epoch milliseconds; null when neither. */
export function anyStampMs(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return null;
  const iso = ISO_STAMP.exec(value);
  if (iso !== null) return stampMs(iso, true);
  const zk = ZK_STAMP.exec(value);
  return zk === null ? null : stampMs(zk, false);
}
