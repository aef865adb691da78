/**
 * The zkCli process (ZooKeeperMain) as a plain-data state machine over a ZooKeeperClient: lines go in with
 * `submitLine`, server messages with `deliverMessage`; printed lines collect in `out`. One command runs at a
 * time, as in the real zkCli; lines typed meanwhile wait in `queue`.
 */
import { formatWatchedEvent } from '../watch/watched-event.ts';
import { createClient, receive, type Delivery, type ZooKeeperClient } from './zookeeper-client.ts';
import type { ServerMessage } from './protocol.ts';
import { executeLine, onReply, type Running } from './zkcli-commands.ts';

/** One zkCli process. */
export interface ZkCli {
  host: string;
  timeout: number;
  client: ZooKeeperClient;
  /** False once the process has exited (quit, a crash, or #kill). */
  processAlive: boolean;
  printWatches: boolean;
  running: Running | null;
  queue: string[];
  out: string[];
  /**
   * Where in `out` each line began to run, in the order they ran (one entry per line handed to
   * `submitLine`): a host that shows output under the command that printed it takes these with the output.
   */
  starts: number[];
  /** Bumped each time a new handle (session) is opened, so the host can wire a new connection. */
  generation: number;
  /** ZooKeeperMain.history: line number → the line as typed. */
  history: string[];
  /** ZooKeeperMain.commandCount: the number the next line gets. */
  commandCount: number;
}

/** `zkCli.sh -server host -timeout ms`: prints the banner and starts connecting (zkCli default 30000 ms). */
export function startZkCli(host: string, timeout: number, nowMs: number): ZkCli {
  return {
    host,
    timeout,
    client: createClient(timeout, nowMs),
    processAlive: true,
    printWatches: true,
    running: null,
    queue: [],
    out: [`Connecting to ${host}`, 'Welcome to ZooKeeper!', 'JLine support is disabled'],
    starts: [],
    generation: 1,
    history: [],
    commandCount: 0,
  };
}

/** Opens a new handle (connect command): a new session on the next connect packet. */
export function reopenClient(cli: ZkCli, nowMs: number): void {
  cli.client = createClient(cli.timeout, nowMs);
  cli.generation++;
}

/** Types one line into zkCli; it runs now, or after the running command finishes. */
export function submitLine(cli: ZkCli, line: string, nowMs: number): void {
  if (!cli.processAlive) return;
  if (cli.running !== null) {
    cli.queue.push(line);
    return;
  }
  begin(cli, line, nowMs);
  drainQueue(cli, nowMs);
}

function begin(cli: ZkCli, line: string, nowMs: number): void {
  cli.starts.push(cli.out.length);
  executeLine(cli, line, nowMs);
}

function drainQueue(cli: ZkCli, nowMs: number): void {
  while (cli.processAlive && cli.running === null && cli.queue.length > 0) begin(cli, cli.queue.shift() as string, nowMs);
}

/** Hands one server message to the client and prints what zkCli would print. */
export function deliverMessage(cli: ZkCli, msg: ServerMessage, nowMs: number): void {
  if (!cli.processAlive) return;
  for (const d of receive(cli.client, msg)) handleDelivery(cli, d, nowMs);
  drainQueue(cli, nowMs);
}

function handleDelivery(cli: ZkCli, d: Delivery, nowMs: number): void {
  if (d.kind === 'event') {
    // MyWatcher, the default watcher, prints every event it gets; `-w` flags register that same watcher.
    if (cli.printWatches && d.watchers.includes('default')) cli.out.push('', 'WATCHER::', '', formatWatchedEvent(d.event));
    return;
  }
  if (cli.running !== null) onReply(cli, d, nowMs);
}

/** Takes the lines printed since the last call. */
export function takeOutput(cli: ZkCli): string[] {
  const out = cli.out;
  cli.out = [];
  return out;
}

/** Takes where, in the lines `takeOutput` returns next, each line run since the last call began. */
export function takeStarts(cli: ZkCli): number[] {
  const starts = cli.starts;
  cli.starts = [];
  return starts;
}
