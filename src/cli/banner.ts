// What `gatecheck serve` prints on start: where it listens, what it serves, and the fixture
// credentials and keys a storefront needs. Secrets it generated are never printed.
import { DEFECTS } from "../defects/catalogue.ts";
import type { ServeOptions } from "./serve-options.ts";

export const printBanner = (options: ServeOptions, url: string): void => {
	const { fixtures, profile, control } = options.app;
	const lines = [
		`gatecheck reference server: profile ${profile}, listening on ${url}`,
		`  fixtures   ${options.fixturesPath}`,
		...fixtures.users.map((user) => `  admin      ${user.email} / ${user.password}   (POST /auth/user/emailpass)`),
		...fixtures.customers.map((customer) => `  customer   ${customer.email} / ${customer.password}   (POST /auth/customer/emailpass)`),
		...fixtures.publishable_keys.map(
			(key) => `  pk key     ${key.token}   ${key.title}${key.revoked ? " (revoked)" : ""}`,
		),
		...fixtures.secret_keys.map((key) => `  secret key ${key.token}   ${key.title} (Authorization: Basic on /admin)`),
		`  argon2     ${options.argon2Preset}`,
		`  control    ${control ? `${url}/__control (loopback only)` : "off (start with --control to enable)"}`,
		...options.generatedSecrets.map((name) => `  ${name} was not set: using a random secret for this run only`),
		...(options.app.defects ?? []).map((name) => `  DEFECT ON  ${name}: ${DEFECTS[name]}`),
	];
	console.log(lines.join("\n"));
};
