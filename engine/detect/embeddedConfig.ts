// Config text held in a multi-line string literal of source code: a Python `"""…"""`, a JS/Go template or raw
// string in backticks, a Ruby/PHP/shell heredoc, a Rust `r#"…"#`, a C# `@"…"`, a Lua `[[…]]`. Inside such a
// literal `password = …` is data (an INI, YAML or properties file being written), not an assignment
// of a variable, so the keyed rules read its unquoted values as they would in a config file.

/** How far up the literal's opening line is looked for, in lines and characters. */
const MAX_LINES = 40;
const MAX_CHARS = 3000;

/** A line of config text: blank, a comment, a section header, a list item, or `key = value` / `key: value`. */
const CONFIG_LINE = /^[ \t]*(?:$|[#;]|\/\/|\[[^\]\n]{1,80}\][ \t]*$|- |[A-Za-z_][\w.-]{0,80}[ \t]*(?:[=:]|$))/;

/**
 * The end of a code line that opens a multi-line literal: `"""`/`'''` (optionally prefixed, `f"""`, `s"""`), an
 * odd backtick, a heredoc (`<<~SQL`, `<<-'EOF'`, `<<<INI`), a raw string (`r#"`, `@"`), a Lua long string `[[`.
 * A heredoc whose delimiter is quoted or upper-case may end its statement (Perl's `print <<"EOF";`) or redirect it
 * (`cat <<EOF > ~/.my.cnf`, `<<EOF | sudo tee …`) on the same line.
 */
const OPENER =
  /(?:"""|'''|`|<<[~-]?[ \t]{0,2}['"]?[A-Za-z_]\w{0,20}['"]?|<<<[ \t]{0,2}['"]?[A-Za-z_]\w{0,20}['"]?|r#{0,3}"|@"|\[=*\[)[ \t]*\\?$|<<[~-]?[ \t]{0,2}(?:(['"])[A-Za-z_]\w{0,20}\1|[A-Z_][A-Z0-9_]{1,20})[ \t]*(?:;|[>|][^\n]{0,200})$/;

/** Whether the line starting at `lineStart` sits inside a multi-line literal made of config lines. */
export function inEmbeddedConfig(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  const floor = Math.max(0, lineStart - MAX_CHARS);
  for (let n = 0; n < MAX_LINES && end > floor; n++) {
    let start = end;
    while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (OPENER.test(line)) return opensLiteral(line);
    if (!CONFIG_LINE.test(line)) return false;
    end = start - 1;
  }
  return false;
}

/**
 * The line opens the literal rather than closing one: before a quote delimiter stands code (a closing triple quote
 * is often alone on its line), and the delimiter appears an odd number of times (a one-line `doc = '''a'''` and
 * `` `a` + `b` `` open nothing). Heredocs, raw and long strings only open.
 */
function opensLiteral(line: string): boolean {
  const delimiter = /("""|'''|`)[ \t]*\\?$/.exec(line)?.[1];
  // Heredocs (`<<~CONF`), raw and long strings only open.
  if (delimiter === undefined) return true;
  const at = line.indexOf(delimiter);
  if (!/\S/.test(line.slice(0, at))) return false;
  return line.split(delimiter).length % 2 === 0;
}

/** Whether `keyStart` begins its line (after blanks): the key of a config line, not part of an expression. */
export function keyBeginsLine(text: string, keyStart: number): number | undefined {
  let i = keyStart;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : undefined;
}
