// What every route of a running server shares: the clock, the remembered state (swapped whole by
// /__control/reset), the signing keys and the settings read at start-up.
import type { ShiftableClock } from "./core/clock.ts";
import type { State } from "./core/state.ts";
import type { TokenSigner } from "./core/tokens.ts";
import type { Defects } from "./defects/apply.ts";
import type { ClientAddress } from "./http/client-address.ts";
import type { CorsPolicy } from "./http/cors.ts";

export interface Runtime {
	clock: ShiftableClock;
	state: State;
	signer: TokenSigner;
	cookieSecret: string;
	/** Honour X-Forwarded-Proto and X-Forwarded-For from a reverse proxy. */
	trustProxy: boolean;
	/** The socket address of a request (undefined in-process); see http/client-address.ts. */
	socketAddress: ClientAddress;
	/**
	 * Profiles with roles (carphacom) decide here whether an authenticated admin actor may call
	 * `METHOD path`; returning a reason refuses it with 403. medusa-v2 has none (FACTS.md §A.11).
	 */
	authorizeAdmin?: (actorId: string, method: string, path: string) => string | undefined;
	cors: CorsPolicy;
	/** Lifetime of login, registration and refreshed tokens: Medusa's default `jwtExpiresIn` "1d". */
	tokenTtlSeconds: number;
	/** Faults switched on with --defect (src/defects); empty unless a test asks. */
	defects: Defects;
	/** Answers a request with this server's own routes, in-process (carphacom's panel proxy). */
	handle(request: Request): Promise<Response>;
	/** Rebuilds the state from the fixtures. */
	resetState(): Promise<void>;
}
