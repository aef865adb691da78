/**
 * The iteration order of a java.util.HashSet<String>, which the server hands to clients unsorted (e.g.
 * getEphemerals): String.hashCode spread as HashMap.hash does, buckets in index order, insertion order
 * within a bucket. DataTree.getEphemerals answers with a clone, whose table is sized for its current size.
 */

/** String.hashCode: s[0]·31^(n-1) + … over UTF-16 units, as a Java int. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const spread = (h: number): number => h ^ (h >>> 16);

/** HashMap.tableSizeFor: the next power of two. */
const tableSizeFor = (c: number): number => {
  let n = 1;
  while (n < c) n *= 2;
  return n;
};

/** The table size of a HashMap that grew by inserting `size` entries (16, doubling past 0.75 load). */
const grownCapacity = (size: number): number => {
  let cap = 16;
  while (size > cap * 0.75) cap *= 2;
  return cap;
};

const order = (items: string[], capacity: number): string[] =>
  items
    .map((s, i) => ({ s, i, b: spread(javaStringHash(s)) & (capacity - 1) }))
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((x) => x.s);

/**
 * The order a clone of a HashSet holding `insertionOrder` iterates in. (The original's table size is
 * taken from its current size; a set that once held many more entries may have a larger table.)
 */
export function clonedHashSetOrder(insertionOrder: string[]): string[] {
  if (insertionOrder.length === 0) return [];
  const original = order(insertionOrder, grownCapacity(insertionOrder.length));
  return order(original, tableSizeFor(Math.floor(insertionOrder.length / 0.75 + 1)));
}
