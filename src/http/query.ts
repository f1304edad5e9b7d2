// Query strings as Express 4's default ("extended") query parser reads them: `qs`, so that
// `a[]=x`, `a[0]=x` and `a[b]=y` are arrays and objects (observed 26, 28) and a repeated key is an array.
import qs from "qs";

export const expressQuery = (request: Request): Record<string, unknown> => {
	const at = request.url.indexOf("?");
	return at < 0 ? {} : qs.parse(request.url.slice(at + 1), { allowPrototypes: true });
};
