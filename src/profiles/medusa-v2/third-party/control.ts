// POST /__control/provider/approve (conformance/CONTROL.md, capability "provider"): approve a login's
// `location` as a given account without a browser, so that the kit and tests can finish a
// third-party login headless. The same approval the provider page makes (approval.ts).
import { fieldsOf } from "../../../core/body-fields.ts";
import type { ControlRoute } from "../../../http/control.ts";
import { jsonResponse } from "../../../http/respond.ts";
import type { MedusaV2Runtime } from "../runtime.ts";
import { type Approver, approve, deny, readAuthorizationRequest } from "./approval.ts";

const invalid = (message: string): Response => jsonResponse(400, { type: "invalid_data", message });

const USAGE = 'Send {"location": "<a login\'s location>", "account": "<account id>"} or {"location": …, "email": …, "name": …}, or {"location": …, "deny": true}';

/** The provider and the authorize URL's query, from a location on this server's provider page. */
const parseLocation = (location: unknown): { provider: string; params: URLSearchParams } | undefined => {
	if (typeof location !== "string" || !URL.canParse(location)) return undefined;
	const url = new URL(location);
	const provider = /^\/__provider\/([^/]+)\/authorize$/.exec(url.pathname)?.[1];
	return provider === undefined ? undefined : { provider, params: url.searchParams };
};

const approverOf = (input: Readonly<Record<string, unknown>>): Approver | undefined => {
	if (typeof input.account === "string") return { account: input.account };
	if (typeof input.email === "string") return { email: input.email, name: typeof input.name === "string" ? input.name : "" };
	return undefined;
};

export const providerControl = (rt: MedusaV2Runtime): ControlRoute[] => [
	{
		capability: "provider",
		method: "POST",
		path: "provider/approve",
		handle({ body }) {
			const input = fieldsOf(body);
			const location = parseLocation(input.location);
			if (!location) return invalid(`${USAGE}: "location" must be a URL of this server's /__provider/{provider}/authorize page`);
			const { thirdParty } = rt.state.slice;
			const request = readAuthorizationRequest(thirdParty, location.provider, location.params);
			if (typeof request === "string") return invalid(request);
			if (input.deny === true) return jsonResponse(200, { redirect: deny(request) });
			const approver = approverOf(input);
			if (!approver) return invalid(USAGE);
			const approval = approve(thirdParty, request, approver, rt.policy.thirdParty.code, rt.clock.now());
			if (typeof approval === "string") return invalid(approval);
			return jsonResponse(200, {
				redirect: approval.redirect,
				code: approval.code,
				state: request.state,
				account: { id: approval.account.id, email: approval.account.email, made: approval.made },
			});
		},
	},
];
