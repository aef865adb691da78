/**
 * English wording of the lock recipe's own steps (the lines its process prints beside the zkCli-like
 * requests it sends), matched from the recipe's log by src/ui/lock/recipeLine.ts. Spread into en.ts.
 */
export const enLockRecipe = {
  'lock.line.create': 'create {path}',
  'lock.line.createSequential': 'create -e -s {path}',
  'lock.line.created': 'created {node}',
  'lock.line.list': 'getChildren {path}',
  'lock.line.listWatch': 'getChildren {path} (watch)',
  'lock.line.children': 'children: [{children}]',
  'lock.line.lowest': '{node} is the lowest: holding the lock',
  'lock.line.waitAny': 'not the lowest: waiting for any change of {path}',
  'lock.line.waitPredecessor': 'not the lowest: exists -w {path}',
  'lock.line.gone': '{path} is already gone',
  'lock.line.notified': 'notified: {type} {path}',
  'lock.line.release': 'delete {node} (release)',
  'lock.line.killed': '(process killed)',
};
