import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { readAndWrite } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/permissions/unauthenticated-401",
	title: "A missing or invalid token gets 401, never 403",
	rule: "GET /admin/products and POST /admin/api-keys answer 401 without an Authorization header, with a Bearer token that is not a JWT, and with a JWT whose signature is wrong: 403 is only for valid tokens.",
	refs: ["seed:error-401", "seed:error-403"],
	tier: "contract",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const forged = [
			Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url"),
			Buffer.from('{"actor_id":"user_gatecheck","actor_type":"user","auth_identity_id":"","app_metadata":{},"iat":1,"exp":4102444800}').toString("base64url"),
			Buffer.from("not the signature").toString("base64url"),
		].join(".");
		const cases: Array<[string, string | undefined]> = [
			["no Authorization header", undefined],
			["a Bearer token that is not a JWT", "Bearer not-a-token"],
			["a JWT with a wrong signature", `Bearer ${forged}`],
		];
		for (const [what, authorization] of cases) {
			const { read, write } = await readAndWrite(ctx, authorization);
			ctx.expect.status(read, 401, `GET /admin/products with ${what}`);
			ctx.expect.status(write, 401, `POST /admin/api-keys with ${what}`);
		}
	},
});
