// Japanese notes and chats that give a changed password without a colon after the password word: `管理者パスワードを
// 変更：X` (the verb between the word and the colon), `新しいのは X です` (the new one, the password named in the
// message above) and `ログインも変わってます → X` (changed, an arrow to the value).
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, proseApplies, prosePassword, VALUE } from './prose';
import { chatPath, passwordShaped } from './proseFollowup';

const PASSWORD_JA = /パスワード|パス|暗証|ログイン/;

function validate(value: string, ctx: MatchContext, needAbove: boolean): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || !prosePassword(value, ctx) || !passwordShaped(value)) return false;
  if (!needAbove) return true;
  // The line of the value, or the line above it, names the password.
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 300);
  const aboveStart = lineStart > 0 ? lineStartNear(ctx.text, lineStart - 1, lineStart - 300) : lineStart;
  return PASSWORD_JA.test(ctx.text.slice(aboveStart, ctx.start));
}

export const proseJapaneseChangedRules: Rule[] = [
  {
    ...base,
    id: 'prose-ja-password-changed-colon',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Japanese: a password said changed, then a colon or arrow and the value (管理者パスワードを変更：X, ログインも変わってます → X)',
    keywords: foldedKeywords(['パスワード', 'ログイン']),
    keywordWindow: { before: 0, after: 80 },
    pattern: new RegExp(
      `(?:パスワード|ログイン)(?:を|は|が|も)?[ \\t]{0,2}(?:変更(?:しました|済み|した|済)?|更新(?:しました|済み|した)?|再設定(?:しました|済み|した)?|変わって(?:ます|います|いる)?)[ \\t]{0,2}(?:[:：]|→|->)[ \\t]{0,3}(?<secret>${VALUE})`,
      'u',
    ),
    validate: (value, ctx) => validate(value, ctx, false),
    examples: {
      positives: (g) => [`- 複合機の管理者パスワードを変更：${g.s(humanPassword(g))}`, `[08:50] 鈴木: EBS のログインも変わってます → ${g.s(humanPassword(g))}`],
      negatives: () => ['- パスワードを変更：済み', '- パスワードを変更：来週予定', 'ログインを変更 → 手順書を参照'],
    },
  },
  {
    ...base,
    id: 'prose-ja-new-one-is',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Japanese: `新しいのは X です` (the new one is X) after the password is named',
    keywords: foldedKeywords(['新しいのは', '新しいパスワードは']),
    keywordWindow: { before: 0, after: 90 },
    pattern: new RegExp(`新しい(?:の|パスワード)は[ \\t]{0,2}[「『]?(?<secret>${VALUE})[」』]?[ \\t]{0,2}(?:です|だ|になります)`, 'u'),
    validate: (value, ctx) => validate(value, ctx, true),
    examples: {
      positives: (g) => [
        `[08:41] 田中: ディーリング端末、パスワード期限切れで入れない\n[08:42] 鈴木: 新しいのは ${g.s(humanPassword(g))} です（本日中に各自変更）`,
        `パスワードの件、新しいパスワードは ${g.s(humanPassword(g))} です`,
      ],
      negatives: () => ['[08:41] 田中: 端末が壊れた\n[08:42] 鈴木: 新しいのは Model-X5 です', 'パスワード\n新しいのは 来週 です'],
    },
  },
];
