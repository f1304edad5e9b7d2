// Password reset (seed 001 is silent; medusa-v1-observed.md facts 34–40): POST
// /store/customers/password-token always answers 204 and, for an account, emits
// `customer.password_reset` with the token; POST /store/customers/password-reset sets the new
// password for a live token. Departures: every bad token is the 401 (N1: upstream 500s when the
// e-mail has an account), a known e-mail costs the same work as an unknown one (N9), and a reset
// ends the customer's earlier sessions and tokens (N5; credentials.ts).
import { Elysia } from "elysia";
import { EMAILPASS } from "../../core/emailpass.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { BODY_REFUSALS, PASSWORD_RESET_BODY, PASSWORD_TOKEN_BODY, PLAIN_CUSTOMER_BODY, RESET_REFUSED } from "./api-schemas.ts";
import { recordCredentialsChange } from "./credentials.ts";
import { medusaV1Error, unknownErrorResponse } from "./errors.ts";
import { normalEmail } from "./login.ts";
import { isResetTokenOf, issueResetToken } from "./reset-tokens.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { PASSWORD_RESET, PASSWORD_TOKEN, validateBody } from "./validate.ts";
import { plainCustomerView } from "./views.ts";

/** Where the mail's link points: the storefront's reset page (reference choice). */
const resetLink = (token: string, email: string): string =>
	`http://localhost:8000/account/reset-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`;

/** The hash a token for an unknown e-mail is signed over, so that it costs what a real one does (N9). */
const NO_ACCOUNT_HASH = "gatecheck: no account";

const DESCRIBE_PASSWORD_TOKEN = operation({
	summary: "Ask for a password reset token",
	description:
		"Facts 34–35: 204 for every e-mail, at the same cost (N9); an account also gets `customer.password_reset` " +
		"`{id, email, token, last_name, first_name}` in the outbox, with a mail. The token lives 15 minutes (fact 36).",
	tags: ["customers"],
	body: PASSWORD_TOKEN_BODY,
	answers: {
		204: { description: "No body and no Content-Type, whether or not the e-mail has an account." },
		...BODY_REFUSALS,
	},
});

const DESCRIBE_PASSWORD_RESET = operation({
	summary: "Set a new password with a reset token",
	description: "Fact 38: the customer without relations and no session; the customer's earlier sessions and JWTs end (N5). An empty password is refused.",
	tags: ["customers"],
	body: PASSWORD_RESET_BODY,
	answers: {
		200: { description: "The customer.", schema: PLAIN_CUSTOMER_BODY },
		...BODY_REFUSALS,
		401: RESET_REFUSED,
	},
});

export const passwordRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/password" })
		.post("/store/customers/password-token", async ({ body }) => {
			const now = rt.clock.now();
			const email = normalEmail(rt, validateBody(PASSWORD_TOKEN, body).email as string);
			const { store, outbox } = rt.state;
			const customer = store.findCustomerAccount(email);
			const identity = customer && store.findIdentity(EMAILPASS, customer.email);
			const token = await issueResetToken(rt.jwtSecret, customer?.id ?? "", identity?.passwordHash ?? NO_ACCOUNT_HASH, now, rt.policy.resetTokens.ttlSeconds);
			if (!(customer && identity) && !rt.policy.passwordReset.sameAnswerForUnknown)
				throw medusaV1Error("ERR_NOT_FOUND", `Customer with email ${email} was not found`);
			if (customer && identity) {
				const data = { id: customer.id, email: customer.email, token, last_name: customer.lastName, first_name: customer.firstName };
				outbox.push({ kind: "event", name: "customer.password_reset", at: now, data });
				const link = resetLink(token, customer.email);
				outbox.push({
					kind: "mail",
					event: "customer.password_reset",
					at: now,
					to: customer.email,
					subject: "Reset your password",
					link,
					text: `Someone asked to reset the password of ${customer.email}. To choose a new one, open ${link} within 15 minutes. If it was not you, ignore this mail.`,
				});
			}
			// 204 with no body and no Content-Type (fact 34).
			return new Response(null, { status: 204 });
		}, DESCRIBE_PASSWORD_TOKEN)
		// 200 with the customer and no session (fact 38).
		.post("/store/customers/password-reset", async ({ body }) => {
			const now = rt.clock.now();
			const fields = validateBody(PASSWORD_RESET, body);
			// As N10 does for registration: an empty password would lock the account (login needs one).
			if (fields.password === "") throw medusaV1Error("ERR_INVALID_BODY", "password should not be empty");
			const { store, emailpass } = rt.state;
			const customer = store.findCustomerAccount(normalEmail(rt, fields.email as string));
			const identity = customer && store.findIdentity(EMAILPASS, customer.email);
			const valid = await isResetTokenOf(rt.jwtSecret, fields.token as string, customer?.id ?? "", identity?.passwordHash ?? NO_ACCOUNT_HASH, now);
			if (customer && identity && !valid && !rt.policy.passwordReset.badTokenIs401) return unknownErrorResponse();
			if (!customer || !identity || !valid) throw medusaV1Error("ERR_RESET_TOKEN_INVALID");
			await emailpass.setPassword(identity, fields.password as string);
			customer.updatedAt = now;
			recordCredentialsChange(rt, customer.id, now);
			return jsonResponse(200, { customer: plainCustomerView(customer) });
		}, DESCRIBE_PASSWORD_RESET);
