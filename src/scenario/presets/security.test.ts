/**
 * The ACL and quota presets run headless and show what their explanations promise (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { getNode } from '../../engine/datatree/data-tree';
import { marksOf, runPreset } from './run-preset.test-helper';

const NOAUTH = 'Insufficient permission : /secret';

describe('ACL and quota presets', () => {
  it('acl-auth: auth::cdrwa becomes alice\'s digest id; bob is refused until he authenticates, but stat works', () => {
    const run = runPreset('acl-auth');
    expect(run.violations).toEqual([]);
    expect(run.clients.alice).toEqual(['Created /secret', "'digest,'alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=", ': cdrwa']);
    const bob = run.clients.bob!;
    expect(bob.slice(0, 4)).toEqual([NOAUTH, NOAUTH, NOAUTH, NOAUTH]);
    expect(bob).toContain('cZxid = 0x100000002');
    // The wrong password adds a different digest id: still refused. The right one reads the data.
    expect(bob.slice(-2)).toEqual([NOAUTH, 's3cr3t']);
    // bob's refused set went through the leader as an error txn: it used a zxid on every server.
    const errors = marksOf(run, 'zab.apply', 1).filter((m) => m.args.op === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const sid of [1, 2, 3]) expect(getNode(run.world.state.peers.get(sid)!.mem!.db.tree, '/secret')!.acl).toEqual([{ perms: 31, id: { scheme: 'digest', id: 'alice:aYXlLOpEooaV1cRAvUL1fp9Qt7E=' } }]);
  });

  it('quotas: the third child passes the hard count limit and is refused; a soft limit only warns; delquota lifts the limit', () => {
    const run = runPreset('quotas');
    expect(run.violations).toEqual([]);
    expect(run.clients.app).toEqual(['Created /app/a', 'Created /app/b', 'Quota has exceeded : /app/c', 'Quota has exceeded : /app/b', 'Created /app/c']);
    expect(run.clients.admin).toContain('Output quota for /app count=-1,bytes=-1=;byteHardLimit=-1;countHardLimit=3');
    expect(run.clients.admin).toContain('count=3,bytes=2');
    expect(run.clients.admin).toContain('[Warning]: the count quota you create is less than the existing count:3');
    expect(run.clients.admin!.at(-1)).toBe('/zookeeper/quota');
  });
});
