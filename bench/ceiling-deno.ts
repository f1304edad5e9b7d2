// The Deno ceiling: a bare Deno.serve answering every request with one fixed answer, as
// bench/ceiling-bun.ts does on Bun. Run with `deno run --allow-net --allow-env`.
export {};

declare const Deno: {
	args: string[];
	env: { get(name: string): string | undefined };
	serve(options: { port: number; hostname: string; onListen?: () => void }, handler: () => Response): unknown;
};
const body = Deno.env.get("GATECHECK_BENCH_BODY") ?? '{"ok":true}';
const headers = JSON.parse(Deno.env.get("GATECHECK_BENCH_HEADERS") ?? '{"content-type":"application/json; charset=utf-8"}');
Deno.serve({ port: Number(Deno.args[0] ?? 9100), hostname: "127.0.0.1", onListen: () => {} }, () => new Response(body, { headers }));
