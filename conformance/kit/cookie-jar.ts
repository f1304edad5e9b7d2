// One cookie jar per check, so that checks never share a session. The target is a single origin, so
// cookies are kept by name; an empty value or an Expires in the past removes one (RFC 6265 §5.3).
import { parseSetCookie } from "cookie";

export class CookieJar {
	readonly #cookies = new Map<string, string>();

	/** Takes the Set-Cookie headers of a response, judged at `now` (the target's clock is not ours to know). */
	store(setCookies: string[], now = Date.now()): void {
		for (const header of setCookies) {
			const cookie = parseSetCookie(header);
			const expired = cookie.expires !== undefined && cookie.expires.getTime() <= now;
			const value = cookie.value ?? "";
			if (value === "" || expired || cookie.maxAge === 0) this.#cookies.delete(cookie.name);
			else this.#cookies.set(cookie.name, value);
		}
	}

	get(name: string): string | undefined {
		return this.#cookies.get(name);
	}

	set(name: string, value: string): void {
		this.#cookies.set(name, value);
	}

	/** The Cookie header to send, or undefined when the jar is empty. */
	header(): string | undefined {
		if (this.#cookies.size === 0) return undefined;
		return [...this.#cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
	}
}
