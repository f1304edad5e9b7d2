import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, me, mintToken, newCustomer } from "../flows.ts";

const MFA_REQUIRED = { message: "MFA verification is required to complete this request" };

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/mfa-pending-refused",
	title: "A token whose MFA challenge is pending does not open customer routes",
	rule: `GET /store/customers/me with a customer's token re-signed with mfa_enabled: true and mfa_challenge_completed_at: null → 401 ${JSON.stringify(MFA_REQUIRED)}; the same claims with mfa_enabled: false → 200.`,
	refs: ["observed:24"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "jwt-secret"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx, "mfa");
		const claims = decodeClaims(customer.token);
		ctx.expect.that(claims !== undefined, "the login token's payload is not JSON", { actual: customer.token });
		// The control: minting with the target's secret works, so a refusal below is the MFA rule's.
		const plain = await me(ctx, await mintToken(ctx, { ...claims, mfa_enabled: false, mfa_challenge_completed_at: null }));
		ctx.expect.status(plain, 200, "GET /store/customers/me with the re-signed claims, mfa_enabled false");
		const pending = await me(ctx, await mintToken(ctx, { ...claims, mfa_enabled: true, mfa_challenge_completed_at: null }));
		ctx.expect.status(pending, 401, "GET /store/customers/me with mfa_enabled true and no completed challenge");
		ctx.expect.exactBody(pending, JSON.stringify(MFA_REQUIRED));
	},
});
