// The server's clock and buttons that move it, so a developer sees tokens, sessions and reset links
// expire without waiting; with the lifetimes they run on. The moves are POST /__control/clock's
// (moveClock), and "back to real time" is POST /__control/reset's clock part, the state left alone.
import { spanInWords } from "../core/token-verdict.ts";
import { type Html, html, instant } from "./html.ts";
import type { UiView } from "./view.ts";

const HOUR_MS = 3_600_000;

/** The buttons, by the value their form sends. */
export const CLOCK_MOVES: Readonly<Record<string, { label: string; advanceMs: number }>> = {
	"1h": { label: "+1 hour", advanceMs: HOUR_MS },
	"1d": { label: "+1 day", advanceMs: 24 * HOUR_MS },
	"30d": { label: "+30 days", advanceMs: 30 * 24 * HOUR_MS },
};

/** The value of the button that puts the clock back to real time. */
export const REAL_TIME = "real";

const offsetWords = (offsetMs: number): string =>
	Math.abs(offsetMs) < 1000 ? "real time" : `${spanInWords(offsetMs)} ${offsetMs > 0 ? "ahead of" : "behind"} real time`;

const moveButton = (value: string, label: string, primary = false): Html =>
	html`<form method="post" action="/__ui/clock"><button${primary ? html` class="primary"` : ""} type="submit" name="move" value="${value}">${label}</button></form>`;

export const clockSection = (view: UiView): Html => {
	const { policy, clock } = view.rt;
	return html`<section id="clock"><h2>Clock</h2>
<p><span class="clock-now" data-now="${view.now}">${instant(view.now)}</span> <small class="clock-offset">${offsetWords(clock.offsetMs)}</small></p>
<p>${Object.entries(CLOCK_MOVES).map(([value, move]) => moveButton(value, move.label, true))}${moveButton(REAL_TIME, "Back to real time")}</p>
<p class="dim">Tokens live ${spanInWords(policy.tokenTtlSeconds * 1000)}, sessions ${spanInWords(policy.sessionTtlSeconds * 1000)}, reset tokens ${spanInWords(policy.resetTokens.ttlSeconds * 1000)}.
Moving the clock moves them all; the state stays (<code>POST /__control/reset</code> reloads the fixtures).</p>
</section>`;
};
