import { describe, expect, it } from "vitest";
import { findUnstorableText, storableText } from "./storable-text";

describe("text PostgreSQL can store", () => {
  it("removes NULs and mends broken surrogates inside objects and arrays, whatever their prototype", () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, {
      service: "\u0000",
      name: "a\u0000b",
      list: ["\uD800x"],
    });
    expect(storableText(bare)).toEqual({ service: "", name: "ab", list: ["\uFFFDx"] });
    expect(storableText({ nested: bare })).toEqual({ nested: { service: "", name: "ab", list: ["\uFFFDx"] } });
    expect(findUnstorableText({ data: bare })).toEqual(["data", "service"]);
  });

  it("leaves dates and other values as they are", () => {
    const when = new Date(0);
    expect(storableText({ when, count: 3, flag: null })).toEqual({ when, count: 3, flag: null });
    expect(storableText({ when }).when).toBe(when);
    expect(findUnstorableText({ when, text: "fine" })).toBeNull();
  });
});
