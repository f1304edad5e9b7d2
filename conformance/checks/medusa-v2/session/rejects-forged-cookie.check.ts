import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer, UNAUTHORIZED } from "../flows.ts";
import { meWithCookie, openSession } from "./support.ts";

/** One character replaced by another of the same alphabet, so the value keeps its shape. */
const swapChar = (text: string, index: number): string => {
	const char = text[index] ?? "";
	const other = char === "A" ? "B" : "A";
	return `${text.slice(0, index)}${other}${text.slice(index + 1)}`;
};

/** The signature cookie-signature would make with a key the target does not have. */
const signWithOtherSecret = async (id: string): Promise<string> => {
	const key = await crypto.subtle.importKey(
		"raw",
		crypto.getRandomValues(new Uint8Array(32)),
		{ name: "HMAC", hash: "SHA-256" },
		false,
		["sign"],
	);
	const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(id));
	return Buffer.from(mac).toString("base64").replace(/=+$/, "");
};

export default defineMedusaV2Check({
	id: "medusa-v2/session/rejects-forged-cookie",
	title: "Altered or forged session cookies are refused",
	rule: 'GET /store/customers/me with a connect.sid whose signature was altered, whose session id was altered, that is unsigned, or that is signed with another secret answers 401 {"message":"Unauthorized"}: the server checks the cookie\'s MAC before it looks the session up.',
	refs: ["asvs:9.1.1", "observed:06"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const { cookie } = await openSession(ctx, customer.token);
		ctx.expect.status(await meWithCookie(ctx, cookie.raw), 200, "the genuine cookie");
		const match = /^s:(.+)\.([^.]+)$/.exec(cookie.value);
		ctx.expect.that(match !== null, "connect.sid is not of the form s:<id>.<signature>", { actual: cookie.value });
		const [, id = "", signature = ""] = match;
		const forgeries: Array<[string, string]> = [
			["the signature's first character changed", `s:${id}.${swapChar(signature, 0)}`],
			["the session id's first character changed", `s:${swapChar(id, 0)}.${signature}`],
			["the signature removed", `s:${id}`],
			["the bare session id", id],
			["signed with another secret", `s:${id}.${await signWithOtherSecret(id)}`],
		];
		for (const [what, value] of forgeries) {
			const reply = await meWithCookie(ctx, encodeURIComponent(value));
			ctx.expect.status(reply, 401, `connect.sid with ${what}`);
			ctx.expect.json(reply, UNAUTHORIZED, `connect.sid with ${what}`);
		}
	},
});
