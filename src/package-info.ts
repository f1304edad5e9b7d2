// The package's name and version, as npm installed it: for `gatecheck --version` and the API
// document's info.version (src/openapi/).
import { readFileSync } from "node:fs";

export interface PackageInfo {
	name: string;
	version: string;
}

export const packageInfo = (): PackageInfo => {
	const { name, version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as PackageInfo;
	return { name, version };
};
