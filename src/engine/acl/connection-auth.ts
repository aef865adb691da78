/**
 * The authenticated ids of one client connection (ServerCnxn.authInfo): every connection starts with its
 * `ip` id, and each `addauth` packet adds the ids its provider grants. Shared by the server front ends.
 */
import type { Id } from './acl.ts';
import { authenticate } from './auth-providers.ts';

/** The address every simulated client connects from; zkCli's `whoami` shows it too. */
export const CLIENT_IP = '127.0.0.1';

/** A new connection's ids: its remote address (NIOServerCnxn adds it on accept). */
export function connectionAuthInfo(): Id[] {
  return [{ scheme: 'ip', id: CLIENT_IP }];
}

/** Handles an auth packet: adds the granted ids (no duplicates) and returns true, or false for AuthFailed. */
export function addAuthInfo(authInfo: Id[], scheme: string, auth: string | null, superDigest: string | null): boolean {
  const ids = authenticate(scheme, auth, CLIENT_IP, superDigest);
  if (ids === null) return false;
  for (const id of ids) if (!authInfo.some((a) => a.scheme === id.scheme && a.id === id.id)) authInfo.push(id);
  return true;
}
