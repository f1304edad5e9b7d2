// Why the server could not bind its port, in one line a user can act on, instead of the runtime's
// stack. The host is looked at first: Bun (through Elysia) reports a host that is no address of
// this machine as EADDRINUSE, "Is port … in use?", which would send the user after the wrong thing.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { networkInterfaces } from "node:os";

export class ListenError extends Error {}

const EVERY_INTERFACE = new Set(["0.0.0.0", "::"]);

const notHere = (host: string, port: number): ListenError =>
	new ListenError(`cannot listen on ${host}:${port}: ${host} is not an address of this machine; --host 127.0.0.1 serves this machine only, --host 0.0.0.0 every interface`);

/** Resolves when `host` names an address of this machine (or every interface); else the ListenError. */
export const checkHost = async (host: string, port: number): Promise<void> => {
	let address = host;
	if (isIP(host) === 0) {
		try {
			({ address } = await lookup(host));
		} catch {
			throw notHere(host, port);
		}
	}
	const local = Object.values(networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address));
	if (!EVERY_INTERFACE.has(address) && !local.includes(address)) throw notHere(host, port);
};

/** Bun's error code, or Deno's class name: EADDRINUSE / AddrInUse, … */
const codeOf = (error: unknown): string | undefined => (error as { code?: string }).code ?? (error as Error).name;

export const listenError = (error: unknown, host: string, port: number): ListenError => {
	const where = `cannot listen on ${host}:${port}`;
	const code = codeOf(error);
	const message = error instanceof Error ? error.message : String(error);
	if (code === "EADDRINUSE" || code === "AddrInUse") return new ListenError(`${where}: the port is in use (another server listens there); choose another with --port`);
	if (code === "EACCES" || code === "PermissionDenied") return new ListenError(`${where}: ports below 1024 need privileges; choose a port above 1023 with --port`);
	if (code === "EADDRNOTAVAIL" || code === "EINVAL" || code === "AddrNotAvailable" || /lookup address/.test(message)) return notHere(host, port);
	return new ListenError(`${where}: ${message}`);
};
