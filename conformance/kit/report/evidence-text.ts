// A failure's evidence as plain text: what was expected, what came back, the rule and its
// references, the exchanges, and the commands that reproduce it.
import type { CheckResult } from "../result.ts";

/** A masked command cannot be pasted as it is: say how to get one that can. */
const redactedHint = (command: string): string =>
	command.includes("[redacted") ? "   (secrets redacted: rerun with --show-secrets for a command you can paste, or give them in a --target file)" : "";

const show = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));

export const describeEvidence = (check: CheckResult, indent = ""): string => {
	const evidence = check.evidence;
	if (!evidence) return "";
	const lines = [
		evidence.message,
		...(check.notes ?? []).map((note) => `note: ${note}`),
		`rule: ${check.rule}`,
		...check.references.map((reference) => `ref: ${reference}`),
		...(evidence.expected !== undefined ? [`expected: ${show(evidence.expected)}`] : []),
		...(evidence.actual !== undefined ? [`actual:   ${show(evidence.actual)}`] : []),
		...(evidence.property
			? [`property: seed ${evidence.property.seed}, path ${evidence.property.path}, counterexample ${evidence.property.counterexample}`]
			: []),
		...evidence.exchanges.flatMap((exchange, index) => [
			`exchange ${index + 1}: ${exchange.request.method} ${exchange.request.url} -> ${exchange.response?.status ?? exchange.error}`,
			...(exchange.response ? [`  body: ${exchange.response.body.slice(0, 300)}`] : []),
		]),
		...(evidence.curl ? [`reproduce: ${evidence.curl}${redactedHint(evidence.curl)}`] : []),
		`replay:    ${evidence.replay}${redactedHint(evidence.replay)}`,
	];
	return lines.map((line) => `${indent}${line}`).join("\n");
};
