// The machine as a benchmark sees it: what it is (for RESULTS.md), and whether it is quiet enough
// to measure. Another engineer runs timing-sensitive work on the same cores, so every load run
// first waits for a quiet /proc/stat sample (STACK.md: runs that were not gated varied by ±40%).
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";

export const BENCH_LOCK = "/tmp/gatecheck-bench.lock";

interface CpuTimes {
	busy: number;
	total: number;
}

const readCpuTimes = (): CpuTimes => {
	const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
	// user nice system idle iowait irq softirq steal: idle and iowait are not busy.
	const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
	const total = user + nice + system + idle + iowait + irq + softirq + steal;
	return { busy: total - idle - iowait, total };
};

/** Busy share of all cores, in percent, over `ms`. */
export const sampleBusyPercent = async (ms = 1000): Promise<number> => {
	const before = readCpuTimes();
	await Bun.sleep(ms);
	const after = readCpuTimes();
	const total = after.total - before.total;
	return total > 0 ? (100 * (after.busy - before.busy)) / total : 0;
};

export const loadAverage1m = (): number => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

export interface IdleWait {
	waitedSeconds: number;
	busyPercent: number;
	loadAtStart: number;
	idle: boolean;
}

/**
 * Waits until a 1 s sample shows the whole machine under `thresholdPercent` busy (default 10%, a
 * fifth of one core on two), for at most `capSeconds`; then measures anyway and says so.
 */
export const waitForIdle = async (thresholdPercent = 10, capSeconds = 180): Promise<IdleWait> => {
	const loadAtStart = loadAverage1m();
	const started = performance.now();
	for (;;) {
		const busyPercent = await sampleBusyPercent(1000);
		const waitedSeconds = (performance.now() - started) / 1000;
		if (busyPercent < thresholdPercent) return { waitedSeconds, busyPercent, loadAtStart, idle: true };
		if (waitedSeconds >= capSeconds) return { waitedSeconds, busyPercent, loadAtStart, idle: false };
	}
};

export const describeIdle = (wait: IdleWait): string =>
	`${wait.idle ? "idle" : "NOT idle (cap reached, measuring anyway)"} after ${wait.waitedSeconds.toFixed(0)} s: ` +
	`busy ${wait.busyPercent.toFixed(1)}% of ${availableParallelism()} cores, 1-min load ${wait.loadAtStart.toFixed(2)} at start`;

export const describeMachine = (): string => {
	const model = cpus()[0]?.model ?? "unknown CPU";
	const release = readFileSync("/proc/sys/kernel/osrelease", "utf8").trim();
	const os = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] ?? "Linux";
	return `${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${os}, kernel ${release}`;
};
