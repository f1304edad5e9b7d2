import type { CheckContext } from "../../../kit/context.ts";
import type { RequestSpec } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectInvalidData } from "./support.ts";

const PATH = "/store/customers";
const EMAIL = "email must be an email";
const PASSWORD = "password must be a string";

export default defineMedusaV1Check({
	id: "medusa-v1/register/validation-messages",
	title: "Registration refuses bad bodies with class-validator's messages",
	rule: `POST /store/customers answers 400 {"type":"invalid_data","message":…} with "${EMAIL}" for a missing or malformed e-mail, "${PASSWORD}" for a missing or numeric password, both joined by ", " for {}, no body or a form-encoded body, and "property username should not exist" for an unknown field.`,
	refs: ["observed:03", "observed:04f", "observed:unknown-fields", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const email = ctx.uniqueEmail();
		const password = `Pw-${crypto.randomUUID()}`;
		const cases: Array<[string, Omit<RequestSpec, "path">, string]> = [
			["an e-mail that is not one", { json: { email: "not-an-email", password } }, EMAIL],
			["no password", { json: { email } }, PASSWORD],
			["no e-mail", { json: { password } }, EMAIL],
			["a numeric password", { json: { email, password: 12345678 } }, PASSWORD],
			["{}", { json: {} }, `${EMAIL}, ${PASSWORD}`],
			["no body", { method: "POST" }, `${EMAIL}, ${PASSWORD}`],
			// Only JSON is parsed: a form counts as an empty body (fact 5).
			["a form-encoded body", { form: { email, password } }, `${EMAIL}, ${PASSWORD}`],
			["an unknown field", { json: { email, password, username: "x" } }, "property username should not exist"],
		];
		for (const [what, spec, message] of cases)
			expectInvalidData(ctx, await ctx.request({ ...spec, path: PATH, useJar: false }), message, `POST ${PATH} with ${what}`);
	},
});
