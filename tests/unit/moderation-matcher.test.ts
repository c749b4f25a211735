import { describe, expect, it } from "vitest";
import { compileMatcher, type ListedWord } from "@/lib/moderation/matcher";
import { normalise } from "@/lib/moderation/normalise";

let n = 0;
const w = (word: string, mode: ListedWord["mode"] = "word", action: ListedWord["action"] = "log"): ListedWord => ({
  id: `w${++n}`,
  word,
  mode,
  action,
});

const LIST: ListedWord[] = [
  w("badword"),
  w("ass"),
  w("cunt"),
  w("rapist"),
  w("crap", "substring"),
  w("tit"),
  w("hell"),
  w("evil plan"),
  w("b[o0]+mb", "regex"),
  w("kill"),
];
const ALLOWED = ["assessment", "Scunthorpe"];
const matcher = compileMatcher(LIST, ALLOWED);
const found = (text: string) => matcher.scanField("title", text).hits.map((h) => [h.word, h.matched]);

describe("the matcher catches evasions", () => {
  it.each([
    ["plain", "a badword here", ["badword", "badword"]],
    ["upper case", "A BADWORD!", ["badword", "BADWORD"]],
    ["accents", "bädwörd", ["badword", "bädwörd"]],
    ["combining accents", "ba\u0301dword", ["badword", "ba\u0301dword"]],
    ["fullwidth (NFKC)", "ｂａｄｗｏｒｄ", ["badword", "ｂａｄｗｏｒｄ"]],
    ["zero-width joiners", "bad\u200bwo\u200drd", ["badword", "bad\u200bwo\u200drd"]],
    ["soft hyphen", "bad\u00adword", ["badword", "bad\u00adword"]],
    ["look-alikes 4 0", "b4dw0rd", ["badword", "b4dw0rd"]],
    ["look-alike @", "b@dword", ["badword", "b@dword"]],
    ["look-alike $ and 5", "a$$ and", ["ass", "a$$"]],
    ["look-alike 1 as l", "he11 yes", ["hell", "he11"]],
    ["look-alike 1 as i", "k1ll", ["kill", "k1ll"]],
    ["look-alike 3", "h3ll", ["hell", "h3ll"]],
    ["spaced", "you b a d w o r d", ["badword", "b a d w o r d"]],
    ["dotted", "b.a.d.w.o.r.d.", ["badword", "b.a.d.w.o.r.d"]],
    ["dashed, mixed look-alikes", "b-4-d-w-0-r-d", ["badword", "b-4-d-w-0-r-d"]],
    ["spaced after another letter", "a b a d w o r d", ["badword", "b a d w o r d"]],
    ["phrase over several spaces and a newline", "my evil\n   plan", ["evil plan", "evil\n   plan"]],
    ["substring inside a word", "scrappy", ["crap", "crap"]],
    ["regex", "a b00mb", ["b[o0]+mb", "b00mb"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe("the matcher leaves innocent words alone in whole-word mode", () => {
  it.each(["Scunthorpe", "assessment", "classic", "therapist", "title", "hello", "shell", "passion", "bass guitar", "skill", "Class 4"])(
    "%s",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("the allowlist cancels a substring hit inside an allowed word", () => {
    const m = compileMatcher([w("ass", "substring")], ["assessment"]);
    expect(m.scanField("title", "an assessment").hits).toEqual([]);
    expect(m.scanField("title", "an assessment").suppressed).toEqual([{ word: "ass", field: "title", matched: "ass" }]);
    expect(m.scanField("title", "an assessment, you ass").hits.map((h) => h.matched)).toEqual(["ass"]);
  });

  it("without the allowlist a substring word fires inside other words (that is what substring means)", () => {
    expect(compileMatcher([w("ass", "substring")], []).scanField("title", "assessment").hits).toHaveLength(1);
  });
});

describe("hits", () => {
  it("report the listed word, the field and the original span", () => {
    const text = "Fine. Then B.A.D.W.0.R.D again";
    const [hit] = matcher.scan({ description: text });
    expect(hit).toMatchObject({ word: "badword", field: "description", matched: "B.A.D.W.0.R.D" });
    expect(text.slice(hit!.start, hit!.end)).toBe("B.A.D.W.0.R.D");
  });

  it("count each listed word once per save, across fields", () => {
    const hits = matcher.scan({ title: "badword badword", description: "badword and hell" });
    expect(hits.map((h) => [h.word, h.field])).toEqual([
      ["badword", "title"],
      ["hell", "description"],
    ]);
  });

  it("carry the action of the listed word", () => {
    const m = compileMatcher([w("nope", "word", "block")], []);
    expect(m.scan({ title: "nope" })[0]?.action).toBe("block");
  });

  it("skip list entries that cannot match anything", () => {
    const m = compileMatcher([w("  "), w("(a+)+$", "regex")], []);
    expect(m.skipped).toHaveLength(2);
    expect(m.scan({ title: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" })).toEqual([]);
  });
});

describe("normalise", () => {
  it("maps every normalised character back to the original text", () => {
    const src = "Ａb\u200bC  d";
    const out = normalise(src);
    expect(out.text).toBe("abc d");
    expect([...out.start]).toEqual([0, 1, 3, 4, 6]);
  });
});

describe("the matcher on any input (property)", () => {
  it("never throws, and every hit's span is the original text it reports", async () => {
    const fc = await import("fast-check");
    const m = compileMatcher([w("bad"), w("evil", "substring"), w("x+y", "regex")], ["badge"]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("bad", "b a d", "EV1L", "xxy", "badge"), (noise, word) => {
        const text = `${noise} ${word} ${noise}`;
        for (const hit of m.scanField("description", text).hits) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.matched);
        }
      }),
      { numRuns: 300 },
    );
  });
});
