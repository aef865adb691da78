/**
 * A rough size of plain data (what a checkpoint holds), for memory budgets: 16 bytes a value, plus the
 * characters of strings. It walks Maps, Sets, arrays and objects; shared objects are counted once.
 */

/** The estimated bytes of `root`; objects in `shared` are held elsewhere, so they cost only a reference here. */
export function estimateBytes(root: unknown, shared: Iterable<object> = []): number {
  const seen = new Set<object>(shared);
  const stack: unknown[] = [root];
  let bytes = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    bytes += 16;
    if (typeof v === 'string') bytes += 2 * v.length;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  return bytes;
}
