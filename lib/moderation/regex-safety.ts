/**
 * Admin regexes are checked when they are saved: they must compile, stay short, not match
 * empty text, and not be able to backtrack catastrophically (nested or overlapping
 * quantifiers such as `(a+)+$`, found by safe-regex2's star-height analysis plus our own
 * check for quantified groups holding alternatives or quantifiers). Scanning then also
 * caps the text a regex sees (REGEX_INPUT_LIMIT), so time stays bounded on any input.
 */
import safeRegex from "safe-regex2";

export const REGEX_FLAGS = "gi";
export const MAX_PATTERN_LENGTH = 200;
/** Code units of normalised text a regex is run on (a todo is at most ~10,200). */
export const REGEX_INPUT_LIMIT = 20_000;

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

export function checkRegex(pattern: string): RegexCheck {
  if (pattern.trim().length === 0) return { ok: false, reason: "Enter a pattern." };
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `A pattern is at most ${MAX_PATTERN_LENGTH} characters.` };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, REGEX_FLAGS);
  } catch (err) {
    return { ok: false, reason: `This is not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, "")}.` };
  }
  if (/\\[1-9]|\\k</.test(pattern)) {
    return { ok: false, reason: "Back-references are not allowed: they can make matching slow." };
  }
  if (!safeRegex(pattern, { limit: 25 }) || hasNestedQuantifier(pattern)) {
    return {
      ok: false,
      reason: "This pattern can backtrack catastrophically (a repeated group that itself repeats or has overlapping alternatives, e.g. (a+)+). Simplify it.",
    };
  }
  regex.lastIndex = 0;
  if (regex.test("")) return { ok: false, reason: "This pattern matches empty text, so it would match everything." };
  return { ok: true, regex };
}

/**
 * A quantified group that contains a quantifier or an alternation: `(a+)+`, `(a|aa)*`,
 * `(\w+\s?)*`. Conservative on purpose: admins' word patterns rarely need it.
 */
function hasNestedQuantifier(pattern: string): boolean {
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push({ quantified: false, alternation: false });
    else if (c === "|" && stack.length > 0) stack[stack.length - 1]!.alternation = true;
    else if (c === ")") {
      const group = stack.pop();
      if (!group) continue;
      const repeated = isRepeat(pattern.slice(i + 1));
      if (repeated && (group.quantified || group.alternation)) return true;
      if (stack.length > 0 && (group.quantified || repeated)) stack[stack.length - 1]!.quantified = true;
    } else if (stack.length > 0 && (c === "*" || c === "+" || (c === "{" && isRepeat(pattern.slice(i))) || (c === "?" && !"(*+?}".includes(pattern[i - 1] ?? "(")))) {
      stack[stack.length - 1]!.quantified = true;
    }
  }
  return false;
}

/** Whether `rest` starts with a quantifier that allows more than one repetition. */
function isRepeat(rest: string): boolean {
  if (rest.startsWith("*") || rest.startsWith("+")) return true;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
  if (!m) return false;
  if (m[2] === undefined) return Number(m[1]) > 1;
  return m[3] === "" || Number(m[3]) > 1;
}
