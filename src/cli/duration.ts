// Durations on the command line: a number of seconds, or a number with s, m, h or d.
import { UsageError } from "./usage-error.ts";

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

export const parseDuration = (text: string, flag: string): number => {
	const match = text.trim().match(/^(\d+)([smhd]?)$/);
	const seconds = match ? Number(match[1]) * UNIT_SECONDS[(match[2] || "s") as keyof typeof UNIT_SECONDS] : Number.NaN;
	if (!(seconds > 0)) throw new UsageError(`${flag} must be a positive duration such as 90, 90s, 15m, 10h or 1d; got "${text}"`);
	return seconds;
};
