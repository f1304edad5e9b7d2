import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { newAccount, REGISTER, register } from "../flows.ts";

/** ASP.NET Core's ValidationProblemDetails, as [ApiController] answers an invalid body (the reference's README). */
const problem = (errors: Record<string, string[]>) => ({
	type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
	title: "One or more validation errors occurred.",
	status: 400,
	errors,
});

export default defineQuarkCheck({
	id: "quark/validation/messages",
	title: "Validation answers are ASP.NET Core's ValidationProblemDetails, worded as .NET words them",
	rule: `POST ${REGISTER} with an empty object answers 400 application/problem+json {type, title, status: 400, errors} with "The <Field> field is required." under Email, Password, FirstName and LastName, and with a 7-character password errors {"Password": ["Password must be at least 8 characters."]} (FACTS.md §D's two messages; the envelope and the others are .NET's).`,
	refs: ["facts:errors", "seed:400"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const empty = await ctx.request({ path: REGISTER, json: {}, useJar: false });
		ctx.expect.status(empty, 400, `POST ${REGISTER} {}`);
		ctx.expect.header(empty, "content-type", /^application\/problem\+json/);
		const required = (field: string): string[] => [`The ${field} field is required.`];
		ctx.expect.json(empty, problem({ Email: required("Email"), Password: required("Password"), FirstName: required("FirstName"), LastName: required("LastName") }), `POST ${REGISTER} {}`);
		const short = await register(ctx, { ...newAccount(ctx), password: "Pw-4567" });
		ctx.expect.json(short, problem({ Password: ["Password must be at least 8 characters."] }), `POST ${REGISTER} with a 7-character password`);
	},
});
