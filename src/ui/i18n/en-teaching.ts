/**
 * English strings of the teaching features (issue 6): the Scenarios menu, files, tours, classroom,
 * panels and export. Spread into en.ts; zh-CN-teaching.ts must have the same keys.
 */
export const enTeaching = {
  'teach.scenarios': 'Scenarios',
  'teach.about': 'About this scenario',
  'teach.hasTour': 'tour',
  'teach.untitled': 'Untitled scenario',
  'teach.question': 'Question:',
  'teach.tour': 'Guided tour',
  'teach.tourStart': 'Start the guided tour ({n, plural, one {# step} other {# steps}})',
  'teach.tourHint': 'Next and Back (or a presenter clicker: PageDown, PageUp, .) move through the story.',
  'teach.tourStep': 'Tour step {i} of {n}',
  'teach.lookAt': 'Look at:',
  'teach.back': 'Back',
  'teach.next': 'Next',
  'teach.tourEnd': 'End tour',
  'teach.classroom': 'Classroom mode',
  'teach.panels': 'Panels',
  'teach.panel.tally': 'Server details and tally',
  'teach.panel.code': 'lookForLeader pseudo-code',
  'teach.panel.log': 'Event log',
  'teach.panel.lamport': 'Space-time diagram',
  'teach.open': 'Open file…',
  'teach.fileInput': 'Scenario file',
  'teach.save': 'Save run as file',
  'teach.fileInvalid': 'That file cannot be opened ({n, plural, one {# problem} other {# problems}}); the run shown is unchanged:',
  'teach.dismiss': 'Dismiss',
  'teach.dropHint': 'Drop a scenario file to open it.',
  'teach.export': 'Export',
  'teach.exportPng': 'Ensemble view as PNG',
  'teach.exportSvg': 'Ensemble view as SVG',
  'teach.exportTrace': 'Run as trace JSON',
  'teach.exportLamport': 'Space-time diagram as SVG',
  'teach.exportMissing': 'That view is not on screen: open it first (Panels).',
} as const;

/** A key of the teaching strings. */
export type TeachingKey = keyof typeof enTeaching;
