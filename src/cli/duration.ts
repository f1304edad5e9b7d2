// The server's duration flags use the kit's parser (src may use conformance/, never the reverse).
import { parseDurationSeconds } from "../../conformance/kit/duration.ts";
import { UsageError } from "./usage-error.ts";

export const parseDuration = (text: string, flag: string): number => {
	const seconds = parseDurationSeconds(text);
	if (seconds === undefined) throw new UsageError(`${flag} must be a positive duration such as 90, 90s, 15m, 10h or 1d; got "${text}"`);
	return seconds;
};
