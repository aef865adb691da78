/** Simplified Chinese strings of bounded loads and the supervised worker; same keys as en-supervision.ts. */
export const zhCNSupervision = {
  'load.progress': '正在打开运行：已计算 {done} 步，共约 {total} 个模拟步骤…',
  'load.progressLabel': '已计算的模拟步骤',
  'load.cancel': '取消打开',
  'load.refused': '未能打开该运行：{problem}。屏幕上的运行保持不变。',
  'share.refused': '未生成链接：{problem}。',
  'worker.error': '模拟已停止：{message}',
  'worker.stalled': '模拟已经 {s} 秒没有响应。',
  'worker.keep': '你的场景、操作、分支和链接都会保留：重新启动会在新的模拟中重建这次运行，并再次显示最后一个正常的时刻。',
  'worker.restart': '从最后一个正常时刻重新启动',
};
