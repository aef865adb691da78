/** English strings of offline use, the skip link, problem codes and number formats (issue 14). */
export const enReach = {
  'update.available': 'A new version of zkscope has been deployed.',
  'update.reload': 'Reload to update',
  'status.separator': '; ',
  'skip.toStage': 'Skip to the ensemble',
  'skip.label': 'Skip links',
} as const;
