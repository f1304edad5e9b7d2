// Where a rule comes from. Each profile keeps a typed table of these (conformance/profiles/<name>/);
// a check names its references by key, so a typo does not compile.

export type Reference =
	| { kind: "seed"; document: string; quote: string }
	| { kind: "facts"; section: string; summary: string }
	/** A case recorded from a real upstream server, e.g. `upstream` "Example Shop 1.2.3". */
	| { kind: "observed"; upstream: string; case: string; summary: string }
	| { kind: "standard"; standard: string; clause: string; summary: string }
	| { kind: "choice"; summary: string };

/** One line per reference, for reports. */
export const describeReference = (key: string, reference: Reference): string => {
	switch (reference.kind) {
		case "seed":
			return `${key}: ${reference.document}: "${reference.quote}"`;
		case "facts":
			return `${key}: FACTS.md ${reference.section}: ${reference.summary}`;
		case "observed":
			return `${key}: observed ${reference.upstream}, case ${reference.case}: ${reference.summary}`;
		case "standard":
			return `${key}: ${reference.standard} ${reference.clause}: ${reference.summary}`;
		case "choice":
			return `${key}: reference choice: ${reference.summary}`;
	}
};
