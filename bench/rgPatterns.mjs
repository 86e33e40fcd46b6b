// The rules' JS regexes as ripgrep's PCRE2 engine (`rg -P`) takes them: the same syntax (lookbehinds,
// named groups, back-references), flags as inline modifiers, and group names made unique per rule
// because rg joins all patterns into one regex. rg runs them line by line (no -U), which only makes its
// job easier (a multi-line key is not matched): the ceiling stays generous. (ripgrep's own engine has no
// look-around; a rewrite for it ran for over ten minutes on 23 MB here, its lazy DFA thrashing on the
// bounded repeats.)

function inlineFlags(re) {
  return ['i', 'm', 's'].filter((f) => re.flags.includes(f)).join('');
}

export function toPcre2(re, index) {
  const source = re.source.replace(/\(\?<([A-Za-z]\w*)>/g, `(?<$1_${index}>`).replace(/\\k<([A-Za-z]\w*)>/g, `\\k<$1_${index}>`);
  return `(?${inlineFlags(re) || '-i'}:${source})`;
}
