/**
 * `npm run bridge -- --zk 127.0.0.1:2181[,…] [--port 8787] [--poll-ms 1000] [--allow-commands]
 * [--allow-origin URL]… [--app-url URL]`: the live bridge between zkscope and a real ZooKeeper ensemble
 * (WebSocket on 127.0.0.1; protocol in src/bridge/protocol.ts). It prints a link that opens the app with
 * this launch's access token. Read-only unless --allow-commands. Bad flags exit 2 with the usage.
 */
import { appLink, DEFAULT_APP_ORIGINS, newToken, originOf } from '../bridge/access.ts';
import { startBridge, type BridgeOptions } from '../bridge/bridge-server.ts';
import { parseCliArgs, usageError, wholeNumber, type CliSpec } from './cli-args.ts';

const SPEC: CliSpec = {
  prog: 'bridge',
  usage: [
    'usage: npm run bridge -- --zk 127.0.0.1:2181[,host:port…] [options]',
    '  --port N            WebSocket port on 127.0.0.1 (default 8787; 0 picks a free one)',
    '  --poll-ms N         how often srvr/cons/wchc and the tree are read (default 1000)',
    '  --allow-commands    let the app run zkCli lines and the lock demo (default: read-only)',
    '  --app-url URL       where the app is served; the printed link opens it (default http://127.0.0.1:5173/)',
    '  --allow-origin URL  also admit pages from this origin (repeatable); the app-url origin and',
    `                      ${DEFAULT_APP_ORIGINS.join(', ')} are always allowed`,
    '  --idle-ms N         close a zkCli or lock session unused this long (default 300000)',
    'Every connection needs the access token in the printed link; keep the link to yourself.',
  ].join('\n'),
  values: ['--zk', '--port', '--poll-ms', '--app-url', '--allow-origin', '--idle-ms'],
  switches: ['--allow-commands'],
};

function readOptions(argv: string[]): { options: BridgeOptions; appUrl: string } {
  const args = parseCliArgs(SPEC, argv);
  const problems: string[] = [];
  const num = (name: string, min: number, max: number, fallback: number): number => {
    const n = wholeNumber(args, name, min, max, fallback);
    if (typeof n === 'string') problems.push(n);
    return typeof n === 'number' ? n : fallback;
  };
  if (args.positional.length > 0) problems.push(`unexpected argument "${args.positional[0]}"`);
  const ensemble = (args.values.get('--zk') ?? []).flatMap((v) => v.split(',')).filter((a) => a !== '');
  for (const a of ensemble) if (!/^[\w.-]+:\d{1,5}$/.test(a)) problems.push(`--zk: "${a}" is not host:port`);
  if (ensemble.length === 0) problems.push('--zk is required: the client addresses of the ensemble, e.g. --zk 127.0.0.1:2181');
  const appUrl = args.values.get('--app-url')?.at(-1) ?? 'http://127.0.0.1:5173/';
  const appOrigin = originOf(appUrl);
  if (appOrigin === null) problems.push(`--app-url: "${appUrl}" is not an http(s) URL`);
  const extra: string[] = [];
  for (const o of args.values.get('--allow-origin') ?? []) {
    const origin = originOf(o);
    if (origin === null) problems.push(`--allow-origin: "${o}" is not an http(s) origin such as http://127.0.0.1:4173`);
    else extra.push(origin);
  }
  const options: BridgeOptions = {
    ensemble,
    port: num('--port', 0, 65535, 8787),
    pollMs: num('--poll-ms', 100, 60000, 1000),
    sessionIdleMs: num('--idle-ms', 1000, 86_400_000, 300_000),
    commandsEnabled: args.switches.has('--allow-commands'),
    token: newToken(),
    allowedOrigins: [...new Set([...(appOrigin ? [appOrigin] : []), ...DEFAULT_APP_ORIGINS, ...extra])],
    log: (line) => void process.stderr.write(`bridge: ${line}\n`),
  };
  if (problems.length > 0) usageError(SPEC, problems);
  return { options, appUrl };
}

async function main(argv: string[]): Promise<void> {
  const { options, appUrl } = readOptions(argv);
  const bridge = await startBridge(options);
  const say = options.log;
  say(`ws://127.0.0.1:${bridge.port} → ${options.ensemble.join(',')} (${options.commandsEnabled ? 'commands allowed' : 'read-only'})`);
  say(`allowed page origins: ${options.allowedOrigins.join(', ')}`);
  say('open this link to connect the app (it carries this launch’s access token; do not share it):');
  process.stderr.write(`\n    ${appLink(appUrl, bridge.port, options.token)}\n\n`);
  const stop = (): void => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`bridge: ${e.message}\n`);
  process.exit(1);
});
