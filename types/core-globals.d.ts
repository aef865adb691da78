// Globals that the pure layers (engine, sim, scenario) may use: deterministic built-ins present in every
// runtime they run in (browsers, Web Workers, node ≥ 17) but declared only by the DOM, WebWorker and node
// type libraries, which tsconfig.core.json deliberately leaves out. Add here only pure, deterministic
// functions: never time, randomness or I/O.

/** Deep-copies a structured-cloneable value (plain objects, arrays, Map, Set, bigint, …). */
declare function structuredClone<T>(value: T, options?: { transfer?: unknown[] }): T;
