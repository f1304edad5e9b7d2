// Where a JSON text stops being JSON, as a line and a column. Bun's JSON.parse says what it disliked
// ("Property name must be a string literal") but not where, and Deno's says where in its own words;
// someone fixing a fixtures file by hand needs the place, the same on every runtime. This scanner runs
// only after JSON.parse has refused the text, so it is written for clear answers, not for speed.

/** The first place `text` is not JSON, and what was expected there. */
export interface JsonSyntaxError {
	/** 1-based, counting "\n" line ends. */
	line: number;
	/** 1-based, in UTF-16 code units from the start of the line. */
	column: number;
	reason: string;
}

class Stop {
	constructor(
		readonly offset: number,
		readonly reason: string,
	) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

const shown = (text: string, at: number): string => {
	if (at >= text.length) return "the end of the file";
	if (text.charAt(at) === '"') return "a string";
	const word = /^[\w$.+-]+/.exec(text.slice(at, at + 20))?.[0];
	return JSON.stringify(word ?? text.charAt(at));
};

const positionOf = (text: string, offset: number): { line: number; column: number } => {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf("\n") + 1;
	return { line: before.split("\n").length, column: offset - lineStart + 1 };
};

/** The first syntax error of `text`, or undefined when it is JSON. */
export const findJsonSyntaxError = (text: string): JsonSyntaxError | undefined => {
	let at = 0;
	const stop = (reason: string): never => {
		throw new Stop(at, reason);
	};
	const space = (): void => {
		while (WHITESPACE.has(text.charAt(at))) at += 1;
	};
	const string = (): void => {
		at += 1;
		for (;;) {
			const char = text.charAt(at);
			if (at >= text.length) stop("a string that is never closed");
			if (char === '"') return void (at += 1);
			if (char.charCodeAt(0) < 0x20) stop("a line break or control character inside a string (write it as \\n, \\t, …)");
			if (char === "\\") {
				const escaped = text.charAt(at + 1);
				if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) at += 6;
				else if (ESCAPES.has(escaped)) at += 2;
				else stop(`an unknown escape \\${escaped} in a string`);
			} else at += 1;
		}
	};
	const number = (): void => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
		if (!match) stop(`expected a value, found ${shown(text, at)}`);
		at += match?.[0].length ?? 0;
	};
	const items = (close: "]" | "}", item: () => void, what: string): void => {
		at += 1;
		space();
		if (text.charAt(at) === close) return void (at += 1);
		for (;;) {
			item();
			space();
			const next = text.charAt(at);
			if (next === close) return void (at += 1);
			if (next !== ",") stop(`expected "," or "${close}", found ${shown(text, at)}`);
			at += 1;
			space();
			if (text.charAt(at) === close) stop(`expected ${what} after "," (JSON allows no trailing comma)`);
		}
	};
	const member = (): void => {
		if (text.charAt(at) !== '"') stop(`expected a property name in double quotes, found ${shown(text, at)}`);
		string();
		space();
		if (text.charAt(at) !== ":") stop(`expected ":" after the property name, found ${shown(text, at)}`);
		at += 1;
		value();
	};
	const value = (): void => {
		space();
		const char = text.charAt(at);
		if (char === "{") return items("}", member, "a property");
		if (char === "[") return items("]", value, "a value");
		if (char === '"') return string();
		for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, at) && !/\w/.test(text.charAt(at + literal.length))) return void (at += literal.length);
		number();
	};
	try {
		space();
		if (at >= text.length) stop("the file is empty");
		value();
		space();
		if (at < text.length) stop(`expected the end of the file after the JSON value, found ${shown(text, at)}`);
		return undefined;
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
		return { ...positionOf(text, error.offset), reason: error.reason };
	}
};
