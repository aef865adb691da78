/**
 * PathUtils.validatePath and the small path helpers the server uses (reference §4.6).
 * Both sides run the same rules: the client throws IllegalArgumentException with the message, the server
 * answers BadArguments.
 */

/** The message validatePath would throw for `path`, or null when the path is valid. */
export function pathError(path: string | null | undefined, isSequential = false): string | null {
  if (path === null || path === undefined) return 'Path cannot be null';
  // A sequential name is checked as if its counter were already appended, so `/locks/` is legal.
  const p = isSequential ? `${path}1` : path;
  if (p.length === 0) return 'Path length must be > 0';
  if (p.charAt(0) !== '/') return 'Path must start with / character';
  if (p.length === 1) return null;
  if (p.charAt(p.length - 1) === '/') return 'Path must not end with / character';
  const reason = invalidReason(p);
  return reason === null ? null : `Invalid path string "${p}" caused by ${reason}`;
}

// Walks the path once, as PathUtils does, and reports the first bad character with its index.
function invalidReason(p: string): string | null {
  let last = '/';
  for (let i = 1; i < p.length; i++) {
    const c = p.charAt(i);
    const code = p.charCodeAt(i);
    const endsHere = i + 1 === p.length || p.charAt(i + 1) === '/';
    if (code === 0) return `null character not allowed @${i}`;
    if (c === '/' && last === '/') return `empty node name specified @${i}`;
    if (c === '.' && last === '.') {
      if (p.charAt(i - 2) === '/' && endsHere) return `relative paths not allowed @${i}`;
    } else if (c === '.') {
      if (p.charAt(i - 1) === '/' && endsHere) return `relative paths not allowed @${i}`;
    } else if (isInvalidChar(code)) {
      return `invalid character @${i}`;
    }
    last = c;
  }
  return null;
}

function isInvalidChar(code: number): boolean {
  return (
    (code > 0x0000 && code <= 0x001f) ||
    (code >= 0x007f && code <= 0x009f) ||
    (code >= 0xd800 && code <= 0xf8ff) ||
    (code >= 0xfff0 && code <= 0xffff)
  );
}

/** The parent of a path: `/a/b` → `/a`, `/a` → `/` (the server's "" alias of the root). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.substring(0, i);
}

/** The last component: `/a/b` → `b`. */
export function childName(path: string): string {
  return path.substring(path.lastIndexOf('/') + 1);
}

/** Joins a parent and a child name without doubling the root's slash. */
export function joinPath(parent: string, child: string): string {
  return parent === '/' ? `/${child}` : `${parent}/${child}`;
}

/** The system nodes delete refuses with BadArguments (reference §4.2). */
export function isSpecialPath(path: string): boolean {
  return path === '/' || path === '/zookeeper' || path === '/zookeeper/quota' || path === '/zookeeper/config';
}

/** UTF-8 byte length of a string, as `String.getBytes()` would produce (dataLength, the 1 MB limit). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
