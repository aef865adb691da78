import { describe, expect, it } from 'vitest';
import { clonedHashSetOrder, javaStringHash } from './java-hash-order.ts';

describe('Java HashSet order', () => {
  it('hashes strings as String.hashCode does', () => {
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('a')).toBe(97);
    expect(javaStringHash('hello world')).toBe(1794106052);
    expect(javaStringHash('/a/b/seq-0000000001')).toBe(javaStringHash('/a/b/seq-0000000001'));
  });

  // Recorded: getEphemerals after creating /a/e1, /e2, /a/b/seq-0000000001 printed them in this order.
  it('iterates a cloned set as getEphemerals answered on the real server', () => {
    expect(clonedHashSetOrder(['/a/e1', '/e2', '/a/b/seq-0000000001'])).toEqual(['/a/e1', '/e2', '/a/b/seq-0000000001']);
    expect(clonedHashSetOrder([])).toEqual([]);
  });
});
