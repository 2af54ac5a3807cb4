import type { CheckIssue } from '@buildwright/core';
import { lineAndColumn } from '../check-report.js';

/** A kind of secret the scan knows by its shape. */
interface SecretPattern {
  name: string;
  pattern: RegExp;
}

/** Secrets recognizable by their own shape, wherever they appear (even in `.env.example`: a real key there is still leaked). */
const tokenPatterns: SecretPattern[] = [
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g },
  { name: 'Stripe secret key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { name: 'OpenAI-style API key', pattern: /\bsk-(?:proj-|svcacct-|admin-|ant-(?:api\d+-)?)?[A-Za-z0-9_-]{32,}/g },
  { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g },
  { name: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
];

/** `apiSecret = '…'`, `token: "…"`, `password = \`…\``: a secret-named binding given a literal. */
const assignmentPattern = /([A-Za-z_$][\w$-]*?(?:secret|token|passw(?:or)?d|api_?key|apikey|access_?key|private_?key|auth_?key)[\w$-]*)["']?\s*[:=]\s*(["'`])([^"'`\s]{12,})\2/gi;

/** `STRIPE_SECRET=…` lines of `.env` files. */
const environmentPattern = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w]*(?:SECRET|TOKEN|PASSWORD|PASSWD|KEY)[\w]*)[ \t]*=[ \t]*["']?([^"'\s#]{12,})/gim;

/** Values that stand for a secret instead of being one. */
const placeholderPattern = /your|example|placeholder|changeme|change-me|replace|dummy|sample|x{4,}|\*{4,}|\.{3}|<[^>]*>|\$\{|^process\.env|^import\.meta/i;

/** Files never scanned: dependencies, build output, lockfiles (integrity hashes look random). */
const skippedPath = /(?:^|\/)(?:node_modules|dist|build|\.git)\/|(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/;

/** Files that hold placeholders by convention: only secrets recognizable by their shape count there. */
const exampleEnvironmentFile = /(?:^|\/)\.env\.(?:example|sample|template|defaults)$/;

/** Least Shannon entropy (bits per character) of a literal that counts as a secret: below it, words like `my-session-cookie`. */
const minimumEntropy = 3.5;

/**
 * Finds hard-coded secrets in the run's files: keys and tokens known by their shape (AWS, GitHub,
 * Stripe, OpenAI-style `sk-…`, Slack, PEM private keys) and secret-named bindings given a
 * high-entropy literal (`apiSecret = '…'`, `.env` lines). Placeholders (`your-api-key`,
 * `xxxx`, `${…}`) never count, and in `.env.example`-style files only shaped keys do. Each issue
 * names the file and place, with the secret masked.
 *
 * @example
 * scanSecrets({ 'src/api.ts': "const key = 'sk_live_51Habc…';" });
 * // [{ file: 'src/api.ts', line: 1, column: 14, message: 'Stripe secret key in source (sk_l…): …' }]
 */
export function scanSecrets(files: Readonly<Record<string, string>>): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const [path, content] of Object.entries(files)) {
    if (skippedPath.test(path)) continue;
    const found = new Map<number, CheckIssue>();
    const report = (offset: number, kind: string, secret: string) => {
      if (found.has(offset)) return;
      found.set(offset, { file: path, ...lineAndColumn(content, offset), message: `${kind} in source (${mask(secret)}): ${advice(path)}` });
    };
    for (const { name, pattern } of tokenPatterns) {
      for (const match of content.matchAll(pattern)) report(match.index, name, match[0]);
    }
    if (!exampleEnvironmentFile.test(path)) {
      const generic = /(?:^|\/)\.env(?:\.[\w-]+)?$/.test(path) ? environmentPattern : assignmentPattern;
      for (const match of content.matchAll(generic)) {
        const value = match[generic === environmentPattern ? 2 : 3]!;
        if (placeholderPattern.test(value) || entropy(value) < minimumEntropy) continue;
        const offset = match.index + match[0].lastIndexOf(value);
        report(offset, `secret assigned to ${match[1]}`, value);
      }
    }
    issues.push(...[...found.values()].sort((a, b) => a.line! - b.line! || a.column! - b.column!));
  }
  return issues;
}

/** The first four characters and the length: enough to find it, too little to use it. */
function mask(secret: string): string {
  return `${secret.slice(0, 4)}… ${secret.length} characters`;
}

function advice(path: string): string {
  const environmentFile = /(?:^|\/)\.env/.test(path);
  return environmentFile
    ? 'do not commit real secrets; keep a placeholder here and give the value to the server at deploy time'
    : 'remove it from the code and read it on the server from an environment variable (never in browser code: anything bundled is public)';
}

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}
