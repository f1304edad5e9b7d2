// A profile that is only a folder: "greeter", a contract of one route, registered by a test and
// nowhere else (test/seam.test.ts). GET /hello answers 200 {"hello": <name>} to a request with a
// fixture key in `x-greeter-key`, and 401 {"message":"Unauthorized"} to any other.
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { type CoreFixtures, fixtureSection, readCoreFixtures } from "../../../src/core/fixtures.ts";
import { MEDUSA_2_16_RESET_POLICY } from "../../../src/core/reset-tokens.ts";
import { jsonResponse } from "../../../src/http/respond.ts";
import { type BasePolicy, defineProfile } from "../../../src/profiles/profile.ts";

interface GreeterPolicy extends BasePolicy {
	/** The key must be one of the fixtures'. */
	checksKey: boolean;
}

const GREETER_KEYS = Type.Array(Type.Object({ key: Type.String(), name: Type.String() }));

interface GreeterFixtures extends CoreFixtures {
	greeter_keys: Array<{ key: string; name: string }>;
}

/** Key → the name it greets. */
interface GreeterSlice {
	names: ReadonlyMap<string, string>;
}

export const greeter = defineProfile<GreeterPolicy, GreeterSlice, GreeterFixtures>({
	name: "greeter",
	description: "one route that greets the holder of a key",
	readFixtures: (raw): GreeterFixtures => ({ ...readCoreFixtures(raw), greeter_keys: fixtureSection(raw, "greeter_keys", GREETER_KEYS) }),
	policy: { tokenTtlSeconds: 60, sessionTtlSeconds: 60, resetTokens: MEDUSA_2_16_RESET_POLICY, checksKey: true },
	defects: { "greets-anyone": { why: "Any key, or none, is greeted.", policy: { checksKey: false } } },
	corsFamilies: [{ prefix: "hello", env: "GREETER_CORS", defaults: "http://localhost:3000" }],
	createSlice: (fixtures) => ({ names: new Map(fixtures.greeter_keys.map(({ key, name }) => [key, name])) }),
	routes: (rt) =>
		new Elysia({ name: "greeter" }).get("/hello", ({ request }) => {
			const name = rt.state.slice.names.get(request.headers.get("x-greeter-key") ?? "");
			if (name === undefined && rt.policy.checksKey) return jsonResponse(401, { message: "Unauthorized" });
			return jsonResponse(200, { hello: name ?? "stranger" });
		}),
	describeTarget: (fixtures) => ({ greeterKey: fixtures.greeter_keys[0]?.key }),
	banner: (fixtures) => fixtures.greeter_keys.map(({ key, name }) => `  key        ${key}   (${name})`),
	describeCaller: async (rt, request) => {
		const key = request.headers.get("x-greeter-key");
		if (key === null) return {};
		const name = rt.state.slice.names.get(key);
		return name === undefined ? { refusal: `key ${key} greets no one` } : { who: name };
	},
	// The greeter issues no tokens.
	describeClaims: () => "no one",
});

export const GREETER_FIXTURES = { greeter_keys: [{ key: "gk_1", name: "Ada" }] };
