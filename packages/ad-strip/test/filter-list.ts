// A small reader of Adblock Plus filter syntax, enough to ask of a filter list: would these URLs be blocked,
// would these elements be hidden? Rules restricted to named domains are skipped (they never apply to a
// portal that is not on the list); request-type options are ignored, so a rule counts against us even when it
// would only block, say, scripts: stricter than a real blocker.

/** A network rule as read from the list, with its original text for messages. */
export interface UrlRule {
  text: string;
  test(url: string): boolean;
}

const escape = (text: string) => text.replace(/[.+?$|{}()[\]\\/]/g, '\\$&');

/** The regular expression of an ABP URL pattern: `||` host anchor, `|` start or end, `*` anything, `^` separator. */
function patternToRegExp(pattern: string, matchCase: boolean): RegExp {
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) return new RegExp(pattern.slice(1, -1), matchCase ? '' : 'i');
  let source = '';
  let rest = pattern;
  if (rest.startsWith('||')) {
    source = '^[a-z][a-z0-9+.-]*://(?:[^/?#]*\\.)?';
    rest = rest.slice(2);
  } else if (rest.startsWith('|')) {
    source = '^';
    rest = rest.slice(1);
  }
  const anchoredEnd = rest.endsWith('|');
  if (anchoredEnd) rest = rest.slice(0, -1);
  for (const char of rest) {
    if (char === '*') source += '.*';
    else if (char === '^') source += '(?:[^\\w.%-]|$)';
    else source += escape(char);
  }
  return new RegExp(source + (anchoredEnd ? '$' : ''), matchCase ? '' : 'i');
}

/** The blocking rules of a list that apply on any site (exceptions, comments and domain-restricted rules left out). */
export function parseUrlRules(list: string): UrlRule[] {
  const rules: UrlRule[] = [];
  for (const raw of list.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('!') || line.startsWith('[') || line.startsWith('@@') || line.includes('##') || line.includes('#@#'))
      continue;
    const dollar = line.startsWith('/') && line.endsWith('/') ? -1 : line.lastIndexOf('$');
    const pattern = dollar < 0 ? line : line.slice(0, dollar);
    const options = dollar < 0 ? [] : line.slice(dollar + 1).split(',');
    const domains = options.find((option) => option.startsWith('domain='));
    if (
      domains &&
      domains
        .slice(7)
        .split('|')
        .some((domain) => !domain.startsWith('~'))
    )
      continue;
    let regexp: RegExp;
    try {
      regexp = patternToRegExp(pattern, options.includes('match-case'));
    } catch {
      continue;
    }
    rules.push({ text: line, test: (url) => regexp.test(url) });
  }
  return rules;
}

/** The selectors of the list's generic element hiding rules (`##selector`, with no domain before it). */
export function parseGenericSelectors(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('##'))
    .map((line) => line.slice(2));
}

/** The rules that block `url`, by their text. */
export function blockingRules(rules: UrlRule[], url: string): string[] {
  return rules.filter((rule) => rule.test(url)).map((rule) => rule.text);
}
