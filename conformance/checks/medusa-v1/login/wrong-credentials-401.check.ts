import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, UNAUTHORIZED } from "../flows.ts";
import { LOGIN_ROUTES, postLogin } from "./support.ts";

const TEXT = "text/plain; charset=utf-8";

export default defineMedusaV1Check({
	id: "medusa-v1/login/wrong-credentials-401",
	title: "A wrong password and an unknown e-mail get the same plain-text 401",
	rule: `POST /store/auth/token and POST /store/auth answer a wrong password and an unknown e-mail alike: 401, Content-Type ${TEXT}, body exactly ${UNAUTHORIZED}, so the answer does not tell whether the account exists.`,
	refs: ["observed:04b", "observed:401-kinds", "asvs:6.3.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const expectRefusal = (reply: Reply, what: string): void => {
			ctx.expect.status(reply, 401, what);
			ctx.expect.header(reply, "content-type", TEXT);
			ctx.expect.exactBody(reply, UNAUTHORIZED, what);
		};
		for (const path of LOGIN_ROUTES) {
			expectRefusal(await postLogin(ctx, path, { json: { email: customer.email, password: `${customer.password}-wrong` } }), `${path} with a wrong password`);
			expectRefusal(await postLogin(ctx, path, { json: { email: ctx.uniqueEmail("unknown"), password: customer.password } }), `${path} with an unknown e-mail`);
		}
	},
});
