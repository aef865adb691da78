import type { MessageKey } from './en.ts';

/** Simplified Chinese strings. Typed against en.ts so a missing or extra key fails the type check. */
export const zhCN: Record<MessageKey, string> = {
  'app.name': 'zkscope',
  'app.tagline': '一条消息接一条消息，看 ZooKeeper 集群如何选出 Leader 并达成一致。',
  'app.documentTitle': 'zkscope：看 ZooKeeper 如何思考',
  'language.label': '语言 / Language',
  'ensemble.heading': '集群',
  'ensemble.empty': '尚未加载场景。',
  'error.title': '绘制页面时出错了。',
  'error.detail': '详细信息：{message}',
  'error.hint': '你的场景仍保存在地址栏中。刷新页面即可从它重新开始。',
  'error.reload': '刷新',
};
