// What every route of a running server shares: the clock, the remembered state (swapped whole by
// /__control/reset), the signing keys and the settings read at start-up.
import type { ShiftableClock } from "./core/clock.ts";
import type { State } from "./core/state.ts";
import type { TokenSigner } from "./core/tokens.ts";
import type { Defects } from "./defects/apply.ts";
import type { CorsPolicy } from "./http/cors.ts";

export interface Runtime {
	clock: ShiftableClock;
	state: State;
	signer: TokenSigner;
	cookieSecret: string;
	/** Honour X-Forwarded-Proto (and later X-Forwarded-For) from a reverse proxy. */
	trustProxy: boolean;
	cors: CorsPolicy;
	/** Lifetime of login, registration and refreshed tokens: Medusa's default `jwtExpiresIn` "1d". */
	tokenTtlSeconds: number;
	/** Faults switched on with --defect (src/defects); empty unless a test asks. */
	defects: Defects;
	/** Rebuilds the state from the fixtures. */
	resetState(): Promise<void>;
}
