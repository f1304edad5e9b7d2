// The machine's argon2id verify rate with the server's own hasher (OWASP parameters, one slot per
// core): what POST /auth/customer/emailpass can reach at best. Prints one JSON line.
import { ARGON2_PRESETS, createPasswordHasher } from "../src/core/passwords.ts";

const seconds = Number(process.argv[2] ?? 5);
const inFlight = Number(process.argv[3] ?? 64);
const hasher = createPasswordHasher(ARGON2_PRESETS.owasp);
const encoded = await hasher.hash("supersecret");
for (let i = 0; i < 4; i++) await hasher.verify(encoded, "supersecret");

let done = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
const worker = async (): Promise<void> => {
	while (performance.now() < deadline) {
		if (!(await hasher.verify(encoded, "supersecret"))) throw new Error("verify failed");
		done++;
	}
};
await Promise.all(Array.from({ length: inFlight }, worker));
const elapsed = (performance.now() - started) / 1000;
console.log(JSON.stringify({ verifiesPerSecond: done / elapsed, verifies: done, seconds: elapsed }));
