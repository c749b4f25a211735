import { describe, expect, it } from "vitest";
import { checkRegex } from "@/lib/moderation/regex-safety";

describe("admin regexes", () => {
  it.each(["b[a4]dw[o0]rd", "\\bfoo\\b", "sp[a@]m+", "(?:free|cheap) pills", "x{2,5}y", "colou?r"])("accepts %s", (pattern) => {
    expect(checkRegex(pattern).ok).toBe(true);
  });

  it.each([
    ["(a+)+$", /backtrack catastrophically/],
    ["(a|aa)*b", /backtrack catastrophically/],
    ["(\\w+\\s?)*$", /backtrack catastrophically/],
    ["(x+x+)+y", /backtrack catastrophically/],
    ["(a*)*", /backtrack catastrophically/],
    ["(.*a){12}", /backtrack catastrophically/],
    ["(a)\\1", /Back-references/],
    ["[unclosed", /not a valid regular expression/],
    ["a(", /not a valid regular expression/],
    ["a*", /matches empty text/],
    ["", /Enter a pattern/],
    ["x".repeat(201), /at most 200/],
  ])("refuses %s", (pattern, reason) => {
    const result = checkRegex(pattern);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
