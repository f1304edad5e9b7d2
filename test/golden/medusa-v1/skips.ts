// What the medusa-v1 replay does not replay, one reason each: the departures the observed doc's
// N-list asks for (each a reference choice in src/profiles/medusa-v1/README.md, and each answer the
// reference gives instead is tested beside that profile), and what the reference does not serve.
// Keys as in medusa-v2/skips.ts: a case ("18p-…") or one exchange of it ("03-…#7").
const N1 = "N1: a bad reset token is 401 `Invalid or expired password reset token` whatever the e-mail, never upstream's 500";
const N2 = "N2: malformed JSON is a JSON 400 {type: invalid_data}, not Express's HTML page with a stack trace";
const N5 = "N5: a password change (through /me or a reset) revokes the customer's other sessions and earlier tokens";
const N11 = "N11: an e-mail changed through POST /store/customers/me is lower-cased like every other write, so the account is not locked out";
const N12 = "N12: an unknown, revoked or channel-less publishable key counts as no key (the default channel's products), never wider";
const CARTS = "carts are not served: the reference has no guest customers (a guest comes only from a cart's e-mail)";

export const MEDUSA_V1_SKIPS: Readonly<Record<string, string>> = {
	"18p-production-mode":
		"N14: NODE_ENV=production; the reference has no production mode (its cookie is the development one; SameSite and Secure are reference choices)",
	"03-register-invalid#7": N2,
	"03-register-invalid#9": "N10: `password: \"\"` is 400 `password should not be empty`, not a passwordless customer logged in",
	"03-register-invalid#10": "N10: follows from #9 (no customer, so no session for the cookie)",
	"03b-register-over-guest#0": CARTS,
	"03b-register-over-guest#1": CARTS,
	"03b-register-over-guest#7": CARTS,
	"04e-token-login-malformed-json": N2,
	"05b-session-login-failures#4": N2,
	"09g-me-forged-claims#0": "N6: a store JWT without `exp` is refused (401), not accepted forever",
	"09g-me-forged-claims#1": "N7: a valid token for a customer that does not exist is 401 `Unauthorized`, not a 404 naming the id",
	"09i-me-update#7": `${N5}: the registration cookie is another session`,
	"11-password-token#4": N2,
	"12a-password-reset-invalid#0": N1,
	"12a-password-reset-invalid#1": N1,
	"12a-password-reset-invalid#2": N1,
	"12a-password-reset-invalid#3": N1,
	"12a-password-reset-invalid#9": N1,
	"12b-password-reset-valid-and-reuse#4": N1,
	"12b-password-reset-valid-and-reuse#5": N1,
	"12b-password-reset-valid-and-reuse#6": `${N5}: the JWT issued before the reset`,
	"12b-password-reset-valid-and-reuse#7": `${N5}: the session from before the reset`,
	"13-publishable-key#3": `${N12}: the revoked key`,
	"13-publishable-key#4": `${N12}: the key linked to no channel`,
	"13-publishable-key#5": `${N12}: the key that does not exist`,
	"17-email-case#7": "N9: changing to another account's e-mail answers registration's fixed 422 message, not one naming the account",
	"17-email-case#8": N11,
	"17-email-case#9": `${N11}: the changed e-mail logs in`,
	"17-email-case#10": `${N11}: the changed e-mail logs in`,
	"17-email-case#11": `${N11}: the changed e-mail exists`,
	"17-email-case#12": `${N11}: the changed e-mail already has an account (422)`,
	"17-email-case#13": `${N11}: the customer's e-mail reads lower-cased`,
};
