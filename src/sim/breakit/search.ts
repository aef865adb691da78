/**
 * A whole search, run in chunks so that its caller (a worker) can report progress and be cancelled
 * between them.
 */
import { FindingBoard } from './findings';
import type { Finding } from './findings';
import type { BreakItOptions } from './options';
import { runBreakItSeed } from './run';

/** Progress after a chunk. */
export interface SearchProgress {
  readonly done: number;
  readonly total: number;
  readonly steps: number;
  readonly findings: readonly Finding[];
}

/** A search in progress: call `next(n)` until `done`. */
export class BreakItSearch {
  private readonly board = new FindingBoard();
  private nextSeed = 0;
  private steps = 0;

  constructor(private readonly o: BreakItOptions) {}

  /** Runs up to `count` more seeds and returns the progress. */
  next(count: number): SearchProgress {
    const end = Math.min(this.o.seeds, this.nextSeed + count);
    for (; this.nextSeed < end; this.nextSeed++) {
      const outcome = runBreakItSeed(this.o, this.o.firstSeed + this.nextSeed);
      this.steps += outcome.steps;
      this.board.add(outcome);
    }
    return this.progress();
  }

  /** true when every seed has run. */
  get done(): boolean {
    return this.nextSeed >= this.o.seeds;
  }

  /** Where the search stands. */
  progress(): SearchProgress {
    return { done: this.nextSeed, total: this.o.seeds, steps: this.steps, findings: this.board.ranked() };
  }
}
