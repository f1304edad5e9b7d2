import type { CheckContext } from "../../../kit/context.ts";
import type { RequestSpec } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, UNAUTHORIZED } from "../flows.ts";
import { invalidData, LOGIN_ROUTES, postLogin } from "./support.ts";

const BOTH_MISSING = "email must be an email, password should not be empty";

export default defineMedusaV1Check({
	id: "medusa-v1/login/validation-messages",
	title: "Ill-formed login bodies get class-validator's messages",
	rule: `POST /store/auth/token and POST /store/auth answer 400 {"type":"invalid_data","message":…} with upstream's messages: e-mail only "password should not be empty"; password only, or an e-mail that is no e-mail (string or number), "email must be an email"; {}, no body or an empty body "${BOTH_MISSING}"; an empty password "password should not be empty"; an extra field "property <name> should not exist". A numeric password passes validation and gets the 401 ${UNAUTHORIZED}.`,
	refs: ["observed:04d", "observed:unknown-fields", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { email, password } = await newCustomer(ctx);
		const cases: Array<[string, Pick<RequestSpec, "json" | "raw">, number, string]> = [
			["e-mail only", { json: { email } }, 400, invalidData("password should not be empty")],
			["password only", { json: { password } }, 400, invalidData("email must be an email")],
			["{}", { json: {} }, 400, invalidData(BOTH_MISSING)],
			["no body", {}, 400, invalidData(BOTH_MISSING)],
			["an empty JSON body", { raw: { body: "", contentType: "application/json" } }, 400, invalidData(BOTH_MISSING)],
			["an e-mail that is no e-mail", { json: { email: "not-an-email", password } }, 400, invalidData("email must be an email")],
			["a numeric e-mail", { json: { email: 123, password } }, 400, invalidData("email must be an email")],
			["an empty password", { json: { email, password: "" } }, 400, invalidData("password should not be empty")],
			["an extra field", { json: { email, password, remember: true } }, 400, invalidData("property remember should not exist")],
			["a numeric password", { json: { email, password: 123 } }, 401, UNAUTHORIZED],
		];
		for (const path of LOGIN_ROUTES)
			for (const [what, body, status, expected] of cases) {
				const reply = await postLogin(ctx, path, body);
				ctx.expect.status(reply, status, `${path} with ${what}`);
				ctx.expect.exactBody(reply, expected, `${path} with ${what}`);
			}
	},
});
