import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { startLogin } from "../third-party/support.ts";

const SAMPLES = 16;
const MIN_BITS = 128;

/** The entropy a state of this shape can hold: 4 bits a character for hex, 6 for base64url, less for anything narrower. */
const bitsOf = (state: string): number => {
	const perCharacter = /^[0-9a-f]+$/i.test(state) ? 4 : /^[A-Za-z0-9_-]+$/.test(state) ? 6 : Math.log2(new Set(state).size || 1);
	return state.length * perCharacter;
};

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/oauth-state-unguessable",
	title: "A third-party login's state is long enough and never repeats",
	rule: `${SAMPLES} logins started → ${SAMPLES} different states, each able to hold at least ${MIN_BITS} random bits (hex: 32 characters, base64url: 22); a guessable state lets an attacker complete a login CSRF.`,
	refs: ["rfc6749:10.10", "rfc6749:10.12", "observed:35"],
	tier: "hardening",
	severity: "security",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const states: string[] = [];
		for (let i = 0; i < SAMPLES; i++) states.push((await startLogin(ctx)).state);
		ctx.expect.equal(new Set(states).size, SAMPLES, `different states among ${SAMPLES}`);
		const weakest = states.reduce((low, state) => (bitsOf(state) < bitsOf(low) ? state : low));
		ctx.expect.that(bitsOf(weakest) >= MIN_BITS, `a state holds at most ${Math.floor(bitsOf(weakest))} bits, fewer than ${MIN_BITS}`, { actual: weakest });
	},
});
