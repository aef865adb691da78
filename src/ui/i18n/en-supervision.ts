/**
 * English strings of bounded loads and the supervised worker (issue 11 points 4 and 7). Spread into
 * en.ts; zh-CN-supervision.ts has the same keys.
 */
export const enSupervision = {
  'load.progress': 'Opening the run: {done} of about {total} simulation steps computed…',
  'load.progressLabel': 'Simulation steps computed',
  'load.cancel': 'Cancel opening',
  'load.refused': 'The run was not opened: {problem}. The run on screen is unchanged.',
  'share.refused': 'No link was made: {problem}.',
  'worker.error': 'The simulation stopped: {message}',
  'worker.stalled': 'The simulation has not answered for {s} s.',
  'worker.keep': 'Your scenario, actions, branches and link are kept: restarting rebuilds the run in a new simulation and shows the last good moment again.',
  'worker.restart': 'Restart from the last good moment',
};
