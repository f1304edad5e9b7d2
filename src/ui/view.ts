// What every section of /__ui reads, gathered once per page: the running server's state (read, never
// changed), the journal, the profile's words for claims, the reset flow the page can send, and now.
import type { TargetInfo } from "../http/control.ts";
import type { Claims } from "../core/tokens.ts";
import type { RequestJournal } from "../journal/request-journal.ts";
import type { BasePolicy } from "../profiles/profile.ts";
import type { Runtime } from "../runtime.ts";
import type { ResetFlow } from "./reset-flows.ts";

/** What the page needs of the profile: names, and whom a session's claims name. */
export interface UiProfile {
	name: string;
	description: string;
	describeClaims(claims: Claims): string;
}

export interface UiView {
	rt: Runtime<BasePolicy>;
	profile: UiProfile;
	journal: RequestJournal;
	target: TargetInfo;
	/** The storefront flow this server's contract has, if the page knows it (reset-flows.ts). */
	flow?: ResetFlow;
	/** The server's clock, read once for the whole page. */
	now: number;
	/** The page's query: what the last form did (routes.ts puts it there with its redirect). */
	query: URLSearchParams;
}
