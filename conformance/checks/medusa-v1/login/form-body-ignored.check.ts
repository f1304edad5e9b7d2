import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer } from "../flows.ts";
import { invalidData, LOGIN_ROUTES, postLogin } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/login/form-body-ignored",
	title: "A form-encoded login body counts as empty",
	rule: 'POST /store/auth/token and POST /store/auth with a customer\'s right e-mail and password sent as application/x-www-form-urlencoded answer 400 {"type":"invalid_data","message":"email must be an email, password should not be empty"}: only JSON bodies are read.',
	refs: ["observed:04f", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email, password } = await newCustomer(ctx);
		for (const path of LOGIN_ROUTES) {
			const reply = await postLogin(ctx, path, { form: { email, password } });
			ctx.expect.status(reply, 400, `${path} with a form-encoded body`);
			ctx.expect.exactBody(reply, invalidData("email must be an email, password should not be empty"), `${path} with a form-encoded body`);
		}
	},
});
