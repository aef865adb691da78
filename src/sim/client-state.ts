/**
 * A zkCli session of a scenario's `client` events, as the simulator hosts it: the process (plain data
 * from src/engine/zkcli) plus which server it talks to and what it printed.
 */
import type { ZkCli } from '../engine/zkcli/zkcli';
import type { LockRecipe } from '../engine/recipes/lock-recipe';

/** One client process. */
export interface SimClient {
  readonly name: string;
  cli: ZkCli;
  /** The servers it may connect to, in the order it tries them (shuffled once, as StaticHostProvider does). */
  readonly servers: number[];
  /** Index of the next server to try. */
  next: number;
  /** The connection in use, if any. */
  cnxnId: string | null;
  server: number | null;
  /** The handle generation the connection belongs to (zkCli's `connect` opens a new handle). */
  generation: number;
  /** true once its first session was established (its banner and first SyncConnected are not output). */
  connectedOnce: boolean;
  /** Every line it printed, for the outcome's `clients`. */
  output: string[];
  /** Non-blank lines typed into it so far: the number the next one gets (zkCli's prompt counts them too). */
  typed: number;
  /** Where in `output` each typed line began to run, by its number; null while it waits (or never runs). */
  begunAt: (number | null)[];
  /** Numbers of the typed lines handed to zkCli that have not begun to run, oldest first. */
  waiting: number[];
  /** Bumped whenever its ping timer is re-armed, so an older tick does nothing. */
  tickGen: number;
  /** A lock-recipe client instead of an interactive zkCli (its console shows the recipe's steps). */
  recipe: LockRecipe | null;
}
