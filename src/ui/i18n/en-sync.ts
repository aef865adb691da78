/**
 * English strings of the sync explanation (issue 16): why the leader chose DIFF, TRUNC or SNAP for a
 * learner, by the branch of LearnerHandler.syncFollower. Spread into en.ts; zh-CN-sync.ts has the same keys.
 */
export const enSync = {
  'code.headingSync': 'syncFollower: how the leader syncs a learner',
  'code.listLabelSync': 'Pseudo-code of LearnerHandler.syncFollower',
  'code.zkLog': 'The leader’s log, as ZooKeeper 3.8.0 writes it',
  'reason.zab.sync.diff': 'Leader {sid} syncs server {to} with DIFF ({pathName}): the learner has {peerLastZxid}, the committed log holds {minCommittedLog}…{maxCommittedLog}.',
  'reason.zab.sync.trunc': 'Leader {sid} tells server {to} to TRUNCATE ({pathName}): the learner has {peerLastZxid}, which the leader never committed; the committed log holds {minCommittedLog}…{maxCommittedLog}.',
  'reason.zab.sync.snap': 'Leader {sid} sends server {to} a full SNAPSHOT ({pathName}): no DIFF or TRUNC can bring {peerLastZxid} up to date from the committed log {minCommittedLog}…{maxCommittedLog}.',
  'sync.path.inSync': 'already in sync: empty DIFF',
  'sync.path.aheadOfCommittedLog': 'learner is ahead of the committed log',
  'sync.path.committedLog': 'Using committedLog',
  'sync.path.txnlogAndCommittedLog': 'Use txnlog and committedLog',
  'sync.path.txnlogUnusable': 'older than the committed log, and the txn log cannot serve it',
};
