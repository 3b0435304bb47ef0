/**
 * A compact ICU MessageFormat for the portals' catalogues (issue 25: the portals' first screen ships without
 * `@formatjs/icu-messageformat-parser` and `intl-messageformat`, ~10 KB gzipped). It covers what the catalogues use,
 * with the same results as `intl-messageformat` (`ignoreTag: true`), checked against it on every catalogue message
 * (icu.spec.ts): text with ICU apostrophe quoting, `{name}`, `{name, number}` and `{name, number, <style>}`,
 * `{name, plural, [offset:n] =n {…} one {…} other {…}}` with `#`, `{name, selectordinal, …}` and
 * `{name, select, … other {…}}`. Anything else (dates, skeletons, a malformed text) is refused: `parseMessage` throws,
 * and the caller fills the text in plainly, as it did when `intl-messageformat` refused a text.
 */
export type IcuNode =
  | string
  | { kind: 'pound' }
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string; style: string | null }
  | { kind: 'plural'; name: string; ordinal: boolean; offset: number; options: Record<string, IcuNode[]> }
  | { kind: 'select'; name: string; options: Record<string, IcuNode[]> };

export interface IcuFormatters {
  getNumberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat;
  getPluralRules(locale: string, options: Intl.PluralRulesOptions): Intl.PluralRules;
}

class IcuSyntaxError extends Error {}

export function parseMessage(text: string): IcuNode[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new IcuSyntaxError(`${what} at ${i} in ${JSON.stringify(text)}`);
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const word = () => {
    const m = /^[^\s{}#,=:'"<>()[\]\\/|~`!?$%^&*+;@.-]+|^=-?\d+(\.\d+)?/u.exec(text.slice(i));
    if (!m) fail('a name expected');
    i += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const nodes = (inPlural: boolean, depth: number): IcuNode[] => {
    const out: IcuNode[] = [];
    let literal = '';
    const flush = () => {
      if (literal) out.push(literal);
      literal = '';
    };
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '{') {
        flush();
        out.push(argument(depth));
      } else if (ch === '}' && depth > 0) {
        break; // the end of an option (a } outside any is text, as ICU reads it)
      } else if (ch === '#' && inPlural) {
        flush();
        out.push({ kind: 'pound' });
        i++;
      } else if (ch === "'") {
        const next = text[i + 1];
        if (next === "'") {
          literal += "'";
          i += 2;
        } else if (next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && inPlural)) {
          // Quoted: up to the next lone apostrophe (or the end), '' inside being one apostrophe.
          i++;
          literal += text[i];
          i++;
          while (i < text.length) {
            if (text[i] === "'") {
              if (text[i + 1] === "'") {
                literal += "'";
                i += 2;
              } else {
                i++;
                break;
              }
            } else literal += text[i++];
          }
        } else {
          literal += ch;
          i++;
        }
      } else {
        literal += ch;
        i++;
      }
    }
    flush();
    return out;
  };
  const options = (plural: boolean, depth: number): Record<string, IcuNode[]> => {
    const opts: Record<string, IcuNode[]> = {};
    space();
    while (i < text.length && text[i] !== '}') {
      const key = word();
      if (Object.prototype.hasOwnProperty.call(opts, key)) fail('a repeated option');
      space();
      if (text[i] !== '{') fail('{ expected');
      i++;
      opts[key] = nodes(plural, depth + 1);
      if (text[i] !== '}') fail('} expected');
      i++;
      space();
    }
    if (!opts.other) fail('an other option expected');
    return opts;
  };
  const argument = (depth: number): IcuNode => {
    i++; // {
    space();
    const name = word();
    space();
    let node: IcuNode;
    if (text[i] === '}') node = { kind: 'arg', name };
    else {
      if (text[i] !== ',') fail(', expected');
      i++;
      space();
      const type = word();
      space();
      if (type === 'number') {
        let style: string | null = null;
        if (text[i] === ',') {
          i++;
          space();
          if (text.startsWith('::', i)) fail('number skeletons are not supported');
          const m = /^[^{}]*/.exec(text.slice(i)) as RegExpExecArray;
          style = m[0].trim();
          i += m[0].length;
          if (!style) fail('a number style expected');
        }
        node = { kind: 'number', name, style };
      } else if (type === 'plural' || type === 'selectordinal' || type === 'select') {
        if (text[i] !== ',') fail(', expected');
        i++;
        space();
        let offset = 0;
        if (type !== 'select' && text.startsWith('offset:', i)) {
          i += 'offset:'.length;
          space();
          const m = /^-?\d+/.exec(text.slice(i));
          if (!m) fail('an offset expected');
          offset = Number((m as RegExpExecArray)[0]);
          i += (m as RegExpExecArray)[0].length;
        }
        const opts = options(type !== 'select', depth);
        node =
          type === 'select'
            ? { kind: 'select', name, options: opts }
            : { kind: 'plural', name, ordinal: type === 'selectordinal', offset, options: opts };
      } else return fail(`the argument type ${type} is not supported`);
    }
    space();
    if (text[i] !== '}') fail('} expected');
    i++;
    return node;
  };
  const parsed = nodes(false, 0);
  if (i < text.length) fail('an unmatched }');
  return parsed;
}

/** Raised for a missing value or a value no option takes (the caller then tries again or fills the text plainly). */
class IcuValueError extends Error {}

const own = <T>(o: Record<string, T>, key: string): T | undefined => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

/** Formats parsed nodes the way `intl-messageformat` does (its `format`, for values that are strings or numbers). */
export function formatNodes(
  nodes: readonly IcuNode[],
  locale: string,
  values: Record<string, unknown>,
  formatters: IcuFormatters,
  numberStyles: Record<string, Intl.NumberFormatOptions>,
  pluralValue?: unknown,
): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.kind === 'pound') {
      if (typeof pluralValue === 'number') out += formatters.getNumberFormat(locale).format(pluralValue);
      continue;
    }
    if (!(node.name in values)) throw new IcuValueError(`no value for ${node.name}`);
    const value = values[node.name];
    if (node.kind === 'arg') {
      out +=
        typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? String(value) : value ? String(value) : '';
    } else if (node.kind === 'number') {
      const style = node.style === null ? undefined : own(numberStyles, node.style);
      out += formatters.getNumberFormat(locale, style).format(value as number);
    } else if (node.kind === 'select') {
      const opt = own(node.options, value as string) ?? node.options.other;
      if (!opt) throw new IcuValueError(`no option for ${String(value)}`);
      out += formatNodes(opt, locale, values, formatters, numberStyles);
    } else {
      let opt = own(node.options, `=${String(value)}`);
      const numeric = (typeof value === 'bigint' ? Number(value) : (value as number)) - node.offset;
      if (!opt) {
        const rule = formatters.getPluralRules(locale, { type: node.ordinal ? 'ordinal' : 'cardinal' }).select(numeric);
        opt = own(node.options, rule) ?? node.options.other;
      }
      if (!opt) throw new IcuValueError(`no option for ${String(value)}`);
      out += formatNodes(opt, locale, values, formatters, numberStyles, numeric);
    }
  }
  return out;
}
