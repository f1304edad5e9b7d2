// `fields=` as selectFields reads it: what the golden transcripts show (15, 27, 29, 30, 31) and the
// mixes of plain and prefixed names they do not.
import { describe, expect, test } from "bun:test";
import { selectFields } from "./views.ts";

const VIEW = { id: "k_1", title: "t", type: "secret", sales_channels: [{ id: "sc_1", name: "Web" }] };

describe("selectFields", () => {
	test("no fields= is the view as it is", () => {
		expect(selectFields(VIEW, undefined)).toBe(VIEW);
	});

	test("plain names in the order asked, the id last when not asked for, unknown names nothing", () => {
		expect(Object.entries(selectFields(VIEW, "type,title"))).toEqual([["type", "secret"], ["title", "t"], ["id", "k_1"]]);
		expect(selectFields(VIEW, "id,title,bogus")).toEqual({ id: "k_1", title: "t" });
	});

	test("relation.column picks a column of each related record", () => {
		expect(selectFields(VIEW, "id,sales_channels.id")).toEqual({ id: "k_1", sales_channels: [{ id: "sc_1" }] });
		expect(selectFields(VIEW, "sales_channels.name,sales_channels.id")).toEqual({ sales_channels: [{ name: "Web", id: "sc_1" }], id: "k_1" });
	});

	test("beside plain names, +name and *name select too; alone, -name takes from the defaults", () => {
		expect(selectFields(VIEW, "id,+title")).toEqual({ id: "k_1", title: "t" });
		expect(selectFields(VIEW, "title,*sales_channels")).toEqual({ title: "t", sales_channels: VIEW.sales_channels, id: "k_1" });
		expect(selectFields(VIEW, "-sales_channels,-type")).toEqual({ id: "k_1", title: "t" });
		expect(selectFields(VIEW, "+title")).toEqual(VIEW);
	});
});
