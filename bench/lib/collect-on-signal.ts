// Preloaded into the reference by the memory benchmarks (`bun run --preload`): SIGUSR2 runs a full
// garbage collection, so that RSS can be read for what the server keeps rather than for garbage the
// collector has not reached yet (bench/README.md, "RSS at rest"). The reference itself has no such
// hook: the server measured is the same `gatecheck serve`, plus this file.
process.on("SIGUSR2", () => Bun.gc(true));
