import { describe, expect, it } from 'vitest';
import { complete, historyStep } from './completion.ts';

const commands = ['addWatch', 'addauth', 'close', 'create', 'delete', 'get', 'getAcl', 'ls', 'set', 'stat'];
const paths = ['/', '/a', '/ab', '/locks', '/locks/lock-0000000000', '/zookeeper'];

describe('console tab completion', () => {
  it('completes a unique command and adds a space', () => {
    expect(complete('cr', commands, paths)).toEqual({ line: 'create ', options: [] });
  });
  it('completes several commands to their common prefix and lists them', () => {
    expect(complete('ad', commands, paths)).toEqual({ line: 'add', options: ['addWatch', 'addauth'] });
  });
  it('completes paths among the children of the typed directory', () => {
    expect(complete('get /l', commands, paths).line).toBe('get /locks');
    expect(complete('ls /locks/', commands, paths).line).toBe('ls /locks/lock-0000000000');
    expect(complete('get -w /a', commands, paths)).toEqual({ line: 'get -w /a', options: ['/a', '/ab'] });
  });
  it('leaves other words alone', () => {
    expect(complete('create /a da', commands, paths)).toEqual({ line: 'create /a da', options: [] });
  });
  it('steps through history within bounds', () => {
    expect(historyStep(['a', 'b'], 2, -1)).toBe(1);
    expect(historyStep(['a', 'b'], 0, -1)).toBe(0);
    expect(historyStep(['a', 'b'], 2, 1)).toBe(2);
  });
});
