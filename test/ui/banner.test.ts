// `gatecheck serve --control` tells where the /__ui page is; without --control there is none to tell of.
import { describe, expect, test } from "bun:test";
import { bannerLines } from "../../src/cli/banner.ts";
import { readServeOptions } from "../../src/cli/serve-options.ts";

const lines = async (...args: string[]): Promise<string[]> => {
	const options = await readServeOptions(["--argon2", "test", ...args], {});
	if (options === "help" || "listDefects" in options) throw new Error("not a server's options");
	return bannerLines(options, "http://127.0.0.1:9000");
};

describe("the banner's /__ui line", () => {
	test("with --control it names the page's address", async () => {
		expect((await lines("--control")).find((line) => line.startsWith("  page "))).toStartWith("  page       http://127.0.0.1:9000/__ui ");
	});

	test("without --control there is no page line", async () => {
		expect((await lines()).some((line) => line.includes("/__ui"))).toBe(false);
	});
});
