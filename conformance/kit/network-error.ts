// Why a request got no answer, in a few words ("connection refused"), not a stack: Node's fetch
// puts the code on the error's cause (ECONNREFUSED), Bun's on the error itself (ConnectionRefused).

const CODES: Record<string, string> = {
	ECONNREFUSED: "connection refused",
	ConnectionRefused: "connection refused",
	ENOTFOUND: "no such host",
	FailedToResolve: "no such host",
	ECONNRESET: "connection reset",
	ConnectionClosed: "connection closed",
};

export const networkReason = (error: unknown): string => {
	const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
	if (code !== undefined && CODES[code]) return CODES[code];
	if ((error as Error).name === "TimeoutError") return "no answer in time";
	return error instanceof Error ? error.message : String(error);
};
