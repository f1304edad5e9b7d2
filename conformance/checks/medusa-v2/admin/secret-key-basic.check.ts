import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { adminProducts } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/admin/secret-key-basic",
	title: "A secret API key opens /admin as Basic credentials",
	rule: "GET /admin/products with the secret API key as \"Authorization: Basic <sk_…>\" (the raw key) or \"Authorization: Basic <base64 of 'sk_…:'>\" (as the JS SDK sends it) answers 200.",
	refs: ["facts:A.4", "observed:09"],
	tier: "observed",
	severity: "interoperability",
	requires: ["secret-key"],
	async run(ctx: CheckContext) {
		const secret = ctx.config.secretKey;
		ctx.expect.that(secret !== undefined, "this check needs --secret-key");
		for (const [what, credentials] of [
			["the raw key", secret],
			["base64 of key + ':'", Buffer.from(`${secret}:`).toString("base64")],
		] as const) {
			ctx.expect.status(await adminProducts(ctx, `Basic ${credentials}`), 200, `GET /admin/products with Basic ${what}`);
		}
	},
});
