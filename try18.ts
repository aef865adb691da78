import { readFileSync } from 'node:fs';
import { replayLogs, summarize } from './src/replay/index.ts';
for (const d of ['zookeeper', 'iso8601', 'iso8601-zone', 'logback', 'json']) {
  const files = [1, 2, 3].map((id) => ({ name: `${d}/server${id}.log`, text: readFileSync(`src/replay/testdata/layouts/${d}/server${id}.log`, 'utf8') }));
  const { run, problems } = replayLogs(files);
  console.log(d, problems, JSON.stringify(summarize(run)), run.layouts.map((l) => l.layout).join(), run.clockShifts, run.unparsed.slice(0, 3), run.events.length, run.originMs);
}
