import { m } from '../../worker/protocol.ts';
import { openScenarioText, reportFileProblem } from './teachingStore.ts';

/** Scenario files are a few kB; anything this big is not one (and would stall the page). */
const MAX_FILE_BYTES = 5_000_000;

/** Reads a dropped or picked file and hands its text to the worker to validate and open. */
export function openFile(file: File): void {
  if (file.size > MAX_FILE_BYTES) {
    reportFileProblem(m`${file.name}: ${file.size} bytes, more than the ${MAX_FILE_BYTES} a scenario file may have`);
    return;
  }
  file.text().then(openScenarioText, () => reportFileProblem(m`${file.name}: the file could not be read`));
}
