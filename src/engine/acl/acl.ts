/**
 * ACLs as ZooKeeper's jute records have them (`Id`, `ACL`, ZooDefs.Perms and ZooDefs.Ids), the texts
 * zkCli prints for them, and zkCli's AclParser, warnings included.
 */

/** ZooDefs.Perms bits. */
export const Perms = { READ: 1, WRITE: 2, CREATE: 4, DELETE: 8, ADMIN: 16, ALL: 31 } as const;

/** The jute Id record: an authentication scheme and an id within it. */
export interface Id {
  scheme: string;
  id: string;
}

/** The jute ACL record: the permission bits granted to an Id. */
export interface ACL {
  perms: number;
  id: Id;
}

/** ZooDefs.Ids.ANYONE_ID_UNSAFE. */
export const ANYONE_ID: Id = { scheme: 'world', id: 'anyone' };

/** ZooDefs.Ids.OPEN_ACL_UNSAFE: everything, for everyone (zkCli's create default). */
export function openAclUnsafe(): ACL[] {
  return [{ perms: Perms.ALL, id: { ...ANYONE_ID } }];
}

/** ZooDefs.Ids.READ_ACL_UNSAFE: read-only for everyone (the /zookeeper/config node). */
export function readAclUnsafe(): ACL[] {
  return [{ perms: Perms.READ, id: { ...ANYONE_ID } }];
}

/** True when the ACL grants everything to the world: a node nobody is kept out of. */
export function isOpenAcl(acl: readonly ACL[]): boolean {
  return acl.some((a) => a.perms === Perms.ALL && a.id.scheme === 'world' && a.id.id === 'anyone');
}

/** ZKUtil.getPermString: the letters in the order c, d, r, w, a. */
export function permString(perms: number): string {
  let p = '';
  if (perms & Perms.CREATE) p += 'c';
  if (perms & Perms.DELETE) p += 'd';
  if (perms & Perms.READ) p += 'r';
  if (perms & Perms.WRITE) p += 'w';
  if (perms & Perms.ADMIN) p += 'a';
  return p;
}

// jute's CsvOutputArchive escapes these characters of a string as %XX.
const CSV_ESCAPES: Record<string, string> = { '\0': '%00', '\n': '%0A', '\r': '%0D', ',': '%2C', '}': '%7D', '%': '%25' };
const csvString = (s: string): string => `'${s.replace(/[\0\n\r,}%]/g, (c) => CSV_ESCAPES[c] as string)}`;

/** Id.toString(), jute's CSV form, as getAcl prints it: `'world,'anyone` (the record's trailing newline is the line break). */
export function idCsv(id: Id): string {
  return `${csvString(id.scheme)},${csvString(id.id)}`;
}

/** The two lines getAcl prints per entry. */
export function aclLines(acl: readonly ACL[]): string[] {
  return acl.flatMap((a) => [idCsv(a.id), `: ${permString(a.perms)}`]);
}

/** `scheme:id:perms` text of one entry, as zkCli's acl argument writes it. */
export function aclText(a: ACL): string {
  return `${a.id.scheme}:${a.id.id}:${permString(a.perms)}`;
}

/** AclParser.parse: the ACL list, and the warnings AclParser prints on stderr while parsing. */
export function parseAcl(text: string): { acl: ACL[]; warnings: string[] } {
  const acl: ACL[] = [];
  const warnings: string[] = [];
  // Java's String.split drops trailing empty strings (but "" splits into [""]).
  const parts = text.split(',');
  while (text !== '' && parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  for (const a of parts) {
    const first = a.indexOf(':');
    const last = a.lastIndexOf(':');
    if (first === -1 || first === last) {
      warnings.push(`${a} does not have the form scheme:id:perm`);
      continue;
    }
    let perms = 0;
    for (const ch of a.substring(last + 1)) {
      const bit = ({ r: Perms.READ, w: Perms.WRITE, c: Perms.CREATE, d: Perms.DELETE, a: Perms.ADMIN } as Record<string, number>)[ch];
      if (bit === undefined) warnings.push(`Unknown perm type: ${ch}`);
      else perms |= bit;
    }
    acl.push({ perms, id: { scheme: a.substring(0, first), id: a.substring(first + 1, last) } });
  }
  return { acl, warnings };
}
