import type { enLockRecipe } from './en-lock-recipe.ts';

/** 锁配方进程自己打印的步骤（命令本身保持 zkCli 的写法）。 */
export const zhCNLockRecipe: Record<keyof typeof enLockRecipe, string> = {
  'lock.line.create': 'create {path}',
  'lock.line.createSequential': 'create -e -s {path}',
  'lock.line.created': '已创建 {node}',
  'lock.line.list': 'getChildren {path}',
  'lock.line.listWatch': 'getChildren {path}（设置 watch）',
  'lock.line.children': '子节点：[{children}]',
  'lock.line.lowest': '{node} 序号最小：持有锁',
  'lock.line.waitAny': '不是最小：等待 {path} 的任何变化',
  'lock.line.waitPredecessor': '不是最小：exists -w {path}',
  'lock.line.gone': '{path} 已经不存在',
  'lock.line.notified': '收到通知：{type} {path}',
  'lock.line.release': 'delete {node}（释放锁）',
  'lock.line.killed': '（进程已被杀死）',
};
