/**
 * The scenario file format (cli-contract.md §1), as TypeScript types. A scenario is also what a
 * shared URL encodes. Only optional fields may ever be added.
 */

/** One server of the ensemble. */
export interface ScenarioServer {
  readonly id: number;
  readonly observer?: boolean;
}

/** zoo.cfg values, ZooKeeper's names and units (ticks in ms, limits in ticks). */
export interface ScenarioConfig {
  readonly tickTime: number;
  readonly initLimit: number;
  readonly syncLimit: number;
  /** The Java system property `zookeeper.enforceQuota` (optional, default false): hard quota limits refuse writes. */
  readonly 'zookeeper.enforceQuota'?: boolean;
}

/** A timed event of the run. Events with the same `at` run in the order listed. */
export type ScenarioEvent =
  | { readonly at: number; readonly do: 'start'; readonly server: number }
  | { readonly at: number; readonly do: 'stop'; readonly server: number; readonly signal: 'TERM' | 'KILL' }
  | { readonly at: number; readonly do: 'partition'; readonly groups: readonly (readonly number[])[] }
  | { readonly at: number; readonly do: 'heal' }
  | { readonly at: number; readonly do: 'client'; readonly session: string; readonly servers: readonly number[] | null; readonly command: string }
  | { readonly at: number; readonly do: 'snapshot'; readonly label: string }
  // Added for actions taken in the app (optional kinds; older files never contain them):
  | { readonly at: number; readonly do: 'cut'; readonly servers: readonly [number, number] }
  | { readonly at: number; readonly do: 'mend'; readonly servers: readonly [number, number] }
  | { readonly at: number; readonly do: 'drop'; readonly message: number }
  // Client processes (optional kinds): a client dies without closing its session; the lock recipe.
  | { readonly at: number; readonly do: 'kill'; readonly session: string }
  | { readonly at: number; readonly do: 'lock'; readonly session: string; readonly servers: readonly number[] | null; readonly path: string; readonly herd: boolean }
  | { readonly at: number; readonly do: 'unlock'; readonly session: string }
  // More faults by hand (optional kinds): a message held back on its connection (TCP keeps order, so
  // what follows it waits too); an election notification sent once more, as QuorumCnxManager re-sends its
  // last message when a connection comes back (TCP itself never duplicates); one link's latency range;
  // a slow server whose timers fire and whose sends leave `ms` late (0 makes it normal again).
  | { readonly at: number; readonly do: 'delay'; readonly message: number; readonly ms: number }
  | { readonly at: number; readonly do: 'duplicate'; readonly message: number }
  | { readonly at: number; readonly do: 'latency'; readonly servers: readonly [number, number]; readonly latencyMs: readonly [number, number] }
  | { readonly at: number; readonly do: 'slow'; readonly server: number; readonly ms: number };

/** The languages of the app. */
export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/** A text in the app's languages (plain text, never HTML); a language may be missing. */
export type LocalizedText = { readonly [L in Language]?: string };

/** A whole scenario, with defaults filled in. */
export interface Scenario {
  readonly format: 'zkscope/scenario';
  readonly version: 1;
  readonly title: string;
  readonly seed: number;
  readonly servers: readonly ScenarioServer[];
  readonly config: ScenarioConfig;
  readonly network: { readonly latencyMs: readonly [number, number] };
  readonly events: readonly ScenarioEvent[];
  readonly until: number;
  // Optional teaching texts (presets carry them; older files never do):
  /** The title in each language; `title` is the fallback. */
  readonly titles?: LocalizedText;
  /** One paragraph: what the scenario shows. */
  readonly explain?: LocalizedText;
  /** The question the scenario answers. */
  readonly question?: LocalizedText;
  /** A guided tour: narration steps bound to engine marks or times (optional, validated by validate-tour.ts). */
  readonly tour?: readonly TourStep[];
}

/**
 * One step of a guided tour. It is bound to a moment of the run: the step after which the `mark.nth`-th
 * mark with code `mark.code` (of server `mark.sid`, when given) fired, or else the virtual time `at`.
 * Texts are plain text; `highlight` names what the app outlines while the step is shown.
 */
export interface TourStep {
  readonly at?: number;
  readonly mark?: { readonly code: string; readonly sid?: number; readonly nth?: number };
  readonly text: LocalizedText;
  /** What to look at, one short line ("Server 3's tally"). */
  readonly look?: LocalizedText;
  readonly highlight?: { readonly servers?: readonly number[]; readonly panel?: string };
}

/** The contract's defaults. */
export const DEFAULT_CONFIG: ScenarioConfig = { tickTime: 2000, initLimit: 10, syncLimit: 5 };
export const DEFAULT_LATENCY_MS: readonly [number, number] = [1, 5];
