// GDPR requests (FACTS.md §D, legal-and-gdpr page: POST /api/storefront/gdpr/export, /gdpr/delete
// "anonymises, keeps orders", /gdpr/consent `{documentId, documentVersion, accepted}`), for a
// Customer's token only. The answers are reference choices (README).
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import { BEARER, bodyOf, bodyRefusalsOrMessage400, CUSTOMER_ONLY, GDPR_EXPORT, MESSAGE, RATE_LIMITED } from "./api-schemas.ts";
import { ACCOUNT_LIMITS, identityOf } from "./accounts.ts";
import { requireCustomer } from "./authenticate.ts";
import { quarkError } from "./errors.ts";
import { protectedPrefix } from "./protected-prefix.ts";
import { readBody } from "./request-body.ts";
import { CONSENT_REQUEST } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { addressView, consentView, orderView, userView } from "./views.ts";

export const gdprRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/gdpr" })
		// Everything kept about the caller.
		.post("/api/storefront/gdpr/export", async ({ request }) => {
			const { customer, data } = await requireCustomer(rt, request, rt.clock.now());
			return jsonResponse(200, {
				user: userView(customer, data.roles),
				addresses: data.addresses.map(addressView),
				orders: data.orders.map(orderView),
				consents: [...data.consents.values()].map(consentView),
			});
		}, operation({
			summary: "Export the caller's personal data",
			description: "FACTS.md §D (legal-and-gdpr), for a Customer's token; the answer is a reference choice. No body is read.",
			tags: ["gdpr"],
			security: BEARER,
			answers: { 200: { description: "Everything kept about the caller.", schema: GDPR_EXPORT }, ...CUSTOMER_ONLY, ...RATE_LIMITED },
		}))
		// The latest answer per document is kept.
		.post("/api/storefront/gdpr/consent", async ({ body, request }) => {
			const now = rt.clock.now();
			const { data } = await requireCustomer(rt, request, now);
			const fields = readBody(request, body, CONSENT_REQUEST);
			const documentId = fields.documentId as string;
			if (!data.consents.has(documentId) && data.consents.size >= ACCOUNT_LIMITS.consents)
				throw quarkError("ERR_BAD_REQUEST", `An account keeps at most ${ACCOUNT_LIMITS.consents} consents.`);
			data.consents.set(documentId, { documentId, documentVersion: fields.documentVersion as string, accepted: fields.accepted as boolean, recordedAt: now });
			return jsonResponse(200, { message: "Consent recorded." });
		}, operation({
			summary: "Record a consent",
			description: "FACTS.md §D's body, for a Customer's token: the latest answer per document is kept.",
			tags: ["gdpr"],
			security: BEARER,
			body: bodyOf(CONSENT_REQUEST),
			answers: {
				200: { description: '`{"message":"Consent recorded."}`.', schema: MESSAGE },
				...CUSTOMER_ONLY,
				...bodyRefusalsOrMessage400(
					`a new document for an account at its ${ACCOUNT_LIMITS.consents} consents, \`{"message":"An account keeps at most ${ACCOUNT_LIMITS.consents} consents."}\`.`,
				),
				...RATE_LIMITED,
			},
		}))
		// Erases the person and keeps the orders: names, e-mail, addresses and consents go, the e-mail
		// no longer logs in or receives resets, and every token of the account stops counting.
		.post("/api/storefront/gdpr/delete", async ({ request }) => {
			const now = rt.clock.now();
			const { customer, data } = await requireCustomer(rt, request, now);
			const { store, slice } = rt.state;
			const identity = identityOf(rt, customer);
			if (identity) store.setIdentityEntityId(identity, `erased:${customer.id}`);
			store.setCustomerEmail(customer, `erased-${customer.id}@anonymised.invalid`);
			customer.firstName = null;
			customer.lastName = null;
			customer.updatedAt = now;
			data.anonymised = true;
			data.addresses.length = 0;
			data.consents.clear();
			slice.refreshTokens.revokeAccount(customer.id);
			const basket = slice.baskets.ofAccount(customer.id, now);
			if (basket) slice.baskets.remove(basket);
			return jsonResponse(200, { message: "Your personal data has been erased." });
		}, operation({
			summary: "Erase the caller's personal data",
			description:
				'FACTS.md §D ("anonymises, keeps orders"), for a Customer\'s token: names, e-mail, addresses, consents and basket go; the e-mail no longer ' +
				"logs in and may register again; every token of the account stops counting. No body is read.",
			tags: ["gdpr"],
			security: BEARER,
			answers: { 200: { description: '`{"message":"Your personal data has been erased."}`.', schema: MESSAGE }, ...CUSTOMER_ONLY, ...RATE_LIMITED },
		}))
		.use(protectedPrefix(rt, "/api/storefront/gdpr", "gdpr"));
