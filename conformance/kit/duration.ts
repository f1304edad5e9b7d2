// Durations on command lines: a whole number of seconds, or one with s, m, h or d.

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** Seconds, or undefined when `text` is not a positive duration such as 90, 90s, 15m, 10h or 1d. */
export const parseDurationSeconds = (text: string): number | undefined => {
	const match = text.trim().match(/^(\d+)([smhd]?)$/);
	if (!match) return undefined;
	const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] || "s") as keyof typeof UNIT_SECONDS];
	return seconds > 0 ? seconds : undefined;
};
