/**
 * Simplified Chinese strings of the sync explanation (issue 16); same keys as en-sync.ts. ZooKeeper's
 * own log words (Using committedLog …) stay as ZooKeeper prints them.
 */
export const zhCNSync = {
  'code.headingSync': 'syncFollower：Leader 如何同步一个 Learner',
  'code.listLabelSync': 'LearnerHandler.syncFollower 的伪代码',
  'code.zkLog': 'Leader 的日志（与 ZooKeeper 3.8.0 的写法相同）',
  'reason.zab.sync.diff': 'Leader {sid} 用 DIFF 同步服务器 {to}（{pathName}）：Learner 的 zxid 是 {peerLastZxid}，已提交日志（committedLog）范围为 {minCommittedLog}…{maxCommittedLog}。',
  'reason.zab.sync.trunc': 'Leader {sid} 让服务器 {to} 截断日志（TRUNC，{pathName}）：Learner 的 {peerLastZxid} 是 Leader 从未提交的事务；已提交日志范围为 {minCommittedLog}…{maxCommittedLog}。',
  'reason.zab.sync.snap': 'Leader {sid} 给服务器 {to} 发送完整快照（SNAP，{pathName}）：无法用 DIFF 或 TRUNC 从已提交日志 {minCommittedLog}…{maxCommittedLog} 把 {peerLastZxid} 补齐。',
  'sync.path.inSync': '已经同步：空 DIFF',
  'sync.path.aheadOfCommittedLog': 'Learner 超前于已提交日志',
  'sync.path.committedLog': 'Using committedLog（使用内存中的已提交日志）',
  'sync.path.txnlogAndCommittedLog': 'Use txnlog and committedLog（磁盘事务日志加已提交日志）',
  'sync.path.txnlogUnusable': '比已提交日志更旧，且磁盘事务日志无法提供',
};
