// What every route of a running server shares: the clock, the remembered state (swapped whole by
// /__control/reset), the signing keys, the settings read at start-up, and the profile's policy
// (the reference values its routes read, with any defect's overrides already applied).
import type { ShiftableClock } from "./core/clock.ts";
import type { CoreState } from "./core/state.ts";
import type { TokenSigner } from "./core/tokens.ts";
import type { ClientAddress } from "./http/client-address.ts";
import type { CorsPolicy } from "./http/cors.ts";

/** The shared state and the profile's own slice of it, rebuilt together. */
export type State<Slice> = CoreState & { readonly slice: Slice };

export interface Runtime<Policy = unknown, Slice = unknown> {
	clock: ShiftableClock;
	state: State<Slice>;
	signer: TokenSigner;
	/** The JWT secret itself, for keys a profile derives from it (a reset token's HMAC key, for instance). */
	jwtSecret: string;
	cookieSecret: string;
	/** Honour X-Forwarded-Proto and X-Forwarded-For from a reverse proxy. */
	trustProxy: boolean;
	/** The socket address of a request (undefined in-process); see http/client-address.ts. */
	socketAddress: ClientAddress;
	cors: CorsPolicy;
	policy: Policy;
	/** Answers a request with this server's own routes, in-process (a proxy route's upstream). */
	handle(request: Request): Promise<Response>;
	/** Rebuilds the state from the fixtures. */
	resetState(): Promise<void>;
}
