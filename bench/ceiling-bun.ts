// The Bun ceiling: a bare Bun.serve answering every request with one fixed answer (the body and
// headers of a /store/customers/me answer, passed in GATECHECK_BENCH_BODY and GATECHECK_BENCH_HEADERS),
// so the reference is compared with the least a server can do to send the same bytes on the same runtime.
export {};

const body = process.env.GATECHECK_BENCH_BODY ?? '{"ok":true}';
const headers = JSON.parse(process.env.GATECHECK_BENCH_HEADERS ?? '{"content-type":"application/json; charset=utf-8"}');
Bun.serve({ port: Number(process.argv[2] ?? 9100), hostname: "127.0.0.1", fetch: () => new Response(body, { headers }) });
