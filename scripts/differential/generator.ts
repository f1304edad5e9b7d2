// Programs from a seed: fast-check draws each program's drafts, then the drafts become steps in
// order, each seeing the steps before it. The same seed and tag give the same programs, so a run
// can be repeated against fresh servers.
import fc from "fast-check";
import { type Draft, type DraftContext, jsonRequest } from "./draft.ts";
import { adminLoginDraft, loginDraft, logoutDraft, refreshDraft, registerDraft, resetRequestDraft, resetUpdateDraft, sessionDraft } from "./drafts-auth.ts";
import { adminListDraft, apiKeyCreateDraft, rawBodyDraft, wrongMethodDraft } from "./drafts-edge.ts";
import { changeAddressDraft, createAddressDraft, createCustomerDraft, listAddressesDraft, meDraft, updateMeDraft } from "./drafts-store.ts";
import { KEY, type Program, type ProgramFacts, ref, type Step } from "./steps.ts";

export interface GeneratorOptions {
	seed: number;
	/** How many programs. */
	runs: number;
	/** Makes the e-mails of this run fresh on servers that keep their data (a real Medusa does). */
	tag: string;
	/** Both servers have admin credentials: admin logins and lists join the mix. */
	admin: boolean;
	/** Both servers have a way to read reset mail: updates with the mailed token join the mix. */
	resetMail: boolean;
}

const MIN_STEPS = 3;
const MAX_STEPS = 10;

const stepDraft = (options: GeneratorOptions): fc.Arbitrary<Draft> =>
	fc.oneof(
		{ arbitrary: registerDraft, weight: 2 },
		{ arbitrary: loginDraft(options.admin), weight: 4 },
		...(options.admin ? [{ arbitrary: adminLoginDraft, weight: 2 }] : []),
		{ arbitrary: createCustomerDraft, weight: 2 },
		{ arbitrary: meDraft, weight: 4 },
		{ arbitrary: updateMeDraft, weight: 2 },
		{ arbitrary: listAddressesDraft, weight: 1 },
		{ arbitrary: createAddressDraft, weight: 2 },
		{ arbitrary: changeAddressDraft, weight: 2 },
		{ arbitrary: sessionDraft, weight: 2 },
		{ arbitrary: logoutDraft, weight: 1 },
		{ arbitrary: refreshDraft, weight: 2 },
		{ arbitrary: resetRequestDraft, weight: 2 },
		{ arbitrary: resetUpdateDraft(options.resetMail), weight: 2 },
		...(options.admin ? [{ arbitrary: adminListDraft, weight: 2 }, { arbitrary: apiKeyCreateDraft, weight: 1 }] : []),
		{ arbitrary: rawBodyDraft, weight: 2 },
		{ arbitrary: wrongMethodDraft, weight: 2 },
	);

/**
 * Most programs start by signing up and logging in (register, POST /store/customers with that
 * registration token, login), so that the steps after them meet a real customer; the rest start
 * from nothing, which is where the 401s and the missing-customer cases are.
 */
const signUp = ({ facts: { self, password } }: DraftContext): Step[] => [
	{
		label: "sign up: register",
		route: "/auth/customer/emailpass/register",
		request: jsonRequest("POST", "/auth/customer/emailpass/register", {}, { email: self, password }),
		produces: ["token"],
	},
	{
		label: "sign up: create customer (bearer of step 0, own key, plain)",
		route: "/store/customers",
		request: jsonRequest("POST", "/store/customers", { authorization: `Bearer ${ref("token", 0)}`, "x-publishable-api-key": KEY }, { email: self, first_name: "Ada", last_name: "Lovelace" }),
		produces: [],
	},
	{
		label: "sign up: login",
		route: "/auth/customer/emailpass",
		request: jsonRequest("POST", "/auth/customer/emailpass", {}, { email: self, password }),
		produces: ["token"],
	},
];

const factsOf = (options: GeneratorOptions, index: number): ProgramFacts => {
	const tag = `diff-${options.seed}-${options.tag}-${index}`;
	const email = (role: number): string => `${tag}-${role}@example.com`;
	return { index, tag, self: email(0), other: email(1), ghost: email(2), password: `Pw-${options.seed}-${index}-secret` };
};

const build = (facts: ProgramFacts, signsUp: boolean, drafts: Draft[]): Program => {
	const steps: Step[] = [];
	const ctx: DraftContext = {
		facts,
		steps,
		pick(kind, n) {
			const candidates = steps.flatMap((step, index) => (step.produces.includes(kind) ? [index] : []));
			return candidates.length > 0 ? candidates[n % candidates.length] : undefined;
		},
	};
	if (signsUp) steps.push(...signUp(ctx));
	for (const draft of drafts) steps.push(...[draft(ctx)].flat());
	return { ...facts, steps };
};

export const generatePrograms = (options: GeneratorOptions): Program[] => {
	const program = fc.record({
		signsUp: fc.constantFrom(true, true, true, false),
		drafts: fc.array(stepDraft(options), { minLength: MIN_STEPS, maxLength: MAX_STEPS }),
	});
	return fc
		.sample(program, { seed: options.seed, numRuns: options.runs })
		.map(({ signsUp, drafts }, index) => build(factsOf(options, index), signsUp, drafts));
};
