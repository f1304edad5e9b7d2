// A check that lives outside conformance/checks, as an implementer's own would, for a profile the
// kit's registry does not list (test/kit/profiles.test.ts): it needs that profile's own capability
// and reads that profile's own target field.
import { checkDefinerFor, profileField } from "gatecheck-commerce/kit";

export default checkDefinerFor<"probe:hello", "probe-key">()({
	id: "probe/hello/answers-key",
	title: "GET /hello answers a request that carries the probe key",
	rule: "GET /hello with x-probe-key set to the run's probe key answers 200.",
	refs: ["probe:hello"],
	tier: "contract",
	severity: "interoperability",
	requires: ["probe-key"],
	async run(ctx) {
		const key = profileField(ctx.config, "probeKey", "string") ?? "";
		ctx.expect.status(await ctx.request({ path: "/hello", headers: { "x-probe-key": key } }), 200);
	},
});
