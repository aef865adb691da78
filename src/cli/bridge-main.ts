/**
 * `npm run bridge -- --zk 127.0.0.1:2181[,…] [--port 8787] [--poll-ms 1000] [--allow-commands]`: the live
 * bridge between zkscope and a real ZooKeeper ensemble (WebSocket on 127.0.0.1; protocol in
 * src/bridge/protocol.ts). Read-only unless --allow-commands. Bad flags exit 2 with one line per problem.
 */
import { startBridge, type BridgeOptions } from '../bridge/bridge-server.ts';

const USAGE = 'usage: npm run bridge -- --zk 127.0.0.1:2181[,host:port…] [--port 8787] [--poll-ms 1000] [--allow-commands]';

function parseArgs(argv: string[]): { options: BridgeOptions; problems: string[] } {
  const options: BridgeOptions = { ensemble: [], port: 8787, commandsEnabled: false, pollMs: 1000 };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    const number = (name: string, min: number, max: number): number => {
      i++;
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) problems.push(`${name} needs a whole number from ${min} to ${max}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      return Number(value);
    };
    if (flag === '--zk') {
      i++;
      options.ensemble = (value ?? '').split(',').filter((a) => a !== '');
      for (const a of options.ensemble) if (!/^[\w.-]+:\d{1,5}$/.test(a)) problems.push(`--zk: "${a}" is not host:port`);
    } else if (flag === '--port') options.port = number('--port', 0, 65535);
    else if (flag === '--poll-ms') options.pollMs = number('--poll-ms', 100, 60000);
    else if (flag === '--allow-commands') options.commandsEnabled = true;
    else problems.push(`unknown argument "${flag}"`);
  }
  if (options.ensemble.length === 0) problems.push('--zk is required: the client addresses of the ensemble, e.g. --zk 127.0.0.1:2181');
  return { options, problems };
}

async function main(argv: string[]): Promise<void> {
  const { options, problems } = parseArgs(argv);
  if (problems.length > 0) {
    for (const p of [...problems, USAGE]) process.stderr.write(`bridge: ${p}\n`);
    process.exit(2);
  }
  const bridge = await startBridge(options);
  process.stderr.write(`bridge: ws://127.0.0.1:${bridge.port} → ${options.ensemble.join(',')} (${options.commandsEnabled ? 'commands allowed' : 'read-only'})\n`);
  const stop = (): void => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`bridge: ${e.message}\n`);
  process.exit(1);
});
