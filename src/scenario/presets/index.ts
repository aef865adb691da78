/**
 * The scenario library: one story per preset, each a plain scenario file (cli-contract.md §1) with
 * titles, an explanation and the question it answers in English and Simplified Chinese. The ids are
 * stable: URLs and menus refer to presets by id, so an id is never renamed or reused.
 */
import type { Language, LocalizedText, Scenario } from '../types';
import { validateScenario } from '../validate';
import { startTogetherScenario } from './start-together';
import freshStart3 from './fresh-start-3.json';
import freshStart5 from './fresh-start-5.json';
import lateJoiner from './late-joiner.json';
import leaderCrash from './leader-crash.json';
import partitionMinority from './partition-minority.json';
import partitionMajority from './partition-majority.json';
import epochZxidBeatsSid from './epoch-zxid-beats-sid.json';
import observerNoQuorum from './observer-no-quorum.json';
import roundsBackoff from './rounds-backoff.json';
import syncDiff from './sync-diff.json';
import syncSnap from './sync-snap.json';
import syncTrunc from './sync-trunc.json';
import sessionExpiry from './session-expiry.json';
import watchKinds from './watch-kinds.json';
import lockRecipe from './lock-recipe.json';
import herdEffect from './herd-effect.json';
import lockQueue from './lock-queue.json';
import lockHolderDies from './lock-holder-dies.json';
import lockHerd from './lock-herd.json';
import aclAuth from './acl-auth.json';
import quotas from './quotas.json';

/** The presets in menu order: elections, faults, replication, then the data-tree stories. */
const DOCUMENTS = {
  'fresh-start-3': freshStart3,
  'fresh-start-5': freshStart5,
  'late-joiner': lateJoiner,
  'leader-crash': leaderCrash,
  'partition-minority': partitionMinority,
  'partition-majority': partitionMajority,
  'epoch-zxid-beats-sid': epochZxidBeatsSid,
  'observer-no-quorum': observerNoQuorum,
  'rounds-backoff': roundsBackoff,
  'sync-diff': syncDiff,
  'sync-snap': syncSnap,
  'sync-trunc': syncTrunc,
  'session-expiry': sessionExpiry,
  'watch-kinds': watchKinds,
  'lock-recipe': lockRecipe,
  'herd-effect': herdEffect,
  'lock-queue': lockQueue,
  'lock-holder-dies': lockHolderDies,
  'lock-herd': lockHerd,
  'acl-auth': aclAuth,
  quotas,
} as const satisfies Record<string, unknown>;

/** A stable preset id. */
export type ScenarioPresetId = keyof typeof DOCUMENTS;

/** Every preset id, in menu order. */
export const PRESET_IDS = Object.keys(DOCUMENTS) as ScenarioPresetId[];

/** The default preset: what opens first, and what a broken link falls back to. */
export const DEFAULT_PRESET_ID: ScenarioPresetId = 'fresh-start-3';

/** A preset with its validated scenario. */
export interface Preset {
  readonly id: ScenarioPresetId;
  readonly scenario: Scenario;
}

/** true when `id` names a preset (ids come from URLs and menus: untrusted text). */
export function isPresetId(id: unknown): id is ScenarioPresetId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(DOCUMENTS, id);
}

/** The preset's file as written (what "save as file" or the CLI sees). */
export function presetDocument(id: ScenarioPresetId): unknown {
  return structuredClone(DOCUMENTS[id]);
}

/** The preset as a validated scenario; a preset that fails validation is a bug, so it throws. */
export function presetScenario(id: ScenarioPresetId): Scenario {
  const v = validateScenario(DOCUMENTS[id]);
  if (!v.ok) throw new Error(`preset ${id} is invalid: ${v.problems.join('; ')}`);
  return v.scenario;
}

/** Every preset, in menu order. */
export function listPresets(): Preset[] {
  return PRESET_IDS.map((id) => ({ id, scenario: presetScenario(id) }));
}

/** A localized text in `lang`, else English, else `fallback` (plain text: render it as text, never as HTML). */
export function localized(text: LocalizedText | undefined, lang: Language, fallback = ''): string {
  return text?.[lang] ?? text?.en ?? fallback;
}

/** The app's quick ensembles by size (the picker and old links): two are library stories, two generated. */
export const ENSEMBLE_PRESETS = ['three', 'five', 'seven', 'fiftyOne'] as const;
/** A quick ensemble's id. */
export type EnsemblePresetId = (typeof ENSEMBLE_PRESETS)[number];

const ENSEMBLES: Record<EnsemblePresetId, ScenarioPresetId | number> = { three: 'fresh-start-3', five: 'fresh-start-5', seven: 7, fiftyOne: 51 };

/** The library id a quick ensemble stands for, or null when it is generated. */
export function ensembleLibraryId(id: EnsemblePresetId): ScenarioPresetId | null {
  const e = ENSEMBLES[id];
  return typeof e === 'string' ? e : null;
}

/** A quick ensemble as a validated scenario. */
export function ensembleScenario(id: EnsemblePresetId): Scenario {
  const e = ENSEMBLES[id];
  return typeof e === 'string' ? presetScenario(e) : startTogetherScenario(e);
}
