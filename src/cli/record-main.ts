/**
 * `npm run -s record -- transcript.txt`: runs a zkCli transcript (cli-contract §3) through the official
 * zkCli 3.8 against a throwaway real ZooKeeper (Debian's package, 127.0.0.1) and prints the recording as
 * JSON (`commands`, `steps`), the shape of the shared reference recordings. Exit 2 on a bad file.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseTranscript } from '../sim/standalone/transcript.ts';
import { realZooKeeperMissing } from '../bridge/real-server.ts';
import { recordRealZkCli } from '../bridge/record-real-zkcli.ts';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: npm run -s record -- path/to/transcript.txt\n');
  process.exit(2);
}
const missing = realZooKeeperMissing();
if (missing !== null) {
  process.stderr.write(`record: ${missing}\n`);
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const parsed = parseTranscript(text);
if (parsed.errors.length > 0) {
  process.stderr.write(parsed.errors.map((e) => `${file}: ${e}\n`).join(''));
  process.exit(2);
}
const commands = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('# '));
const { steps, problems } = await recordRealZkCli(parsed.instructions);
for (const p of problems) process.stderr.write(`record: ${p}\n`);
const tool = 'zkCli (org.apache.zookeeper.ZooKeeperMain from Debian\'s zookeeper 3.8.0 jar) reading commands from stdin';
process.stdout.write(`${JSON.stringify({ scenario: basename(file, '.txt'), tool, commands, steps }, null, 2)}\n`);
