/** Simplified Chinese strings of issue 14; typed against en-reach.ts. */
import type { enReach } from './en-reach.ts';

export const zhCNReach: Record<keyof typeof enReach, string> = {
  'update.available': 'zkscope 已发布新版本。',
  'update.reload': '刷新以更新',
  'status.separator': '；',
  'skip.toStage': '跳到集群视图',
  'skip.label': '跳转链接',
};
