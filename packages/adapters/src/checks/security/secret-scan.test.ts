import { describe, expect, it } from 'vitest';
import { entropy, scanSecrets } from './secret-scan.js';

// Built from parts so that this file itself holds no secret-shaped literal.
const stripeKey = ['sk', 'live', '51HqLyjWDarjtT1zdp7dcXYZabc123QWErty'].join('_');
const githubToken = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;
const awsKey = `AKIA${'IOSFODNN7EXAMPL1'.slice(0, 16)}`;
const openaiKey = `sk-proj-${'Xy7Qm2Lp9Rt4Vw8Zb3Nc6Hd1Jf5Kg0Ps'}`;
const pem = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');

describe('scanSecrets', () => {
  it('behavior: finds keys known by their shape, with file, line and column, masked', () => {
    const issues = scanSecrets({
      'src/pay.ts': `import x from 'y';\nconst stripe = new Stripe('${stripeKey}');\n`,
      'src/gh.ts': `fetch(url, { headers: { authorization: 'token ${githubToken}' } });\n`,
      'server/aws.js': `export const id = "${awsKey}";\n`,
      'src/ai.ts': `const client = new OpenAI({ apiKey: '${openaiKey}', dangerouslyAllowBrowser: true });\n`,
      'keys/server.pem': `${pem}\nMIIEpAIBAAKCAQEA\n`,
    });
    expect(issues.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual(['src/pay.ts:2:28', 'src/gh.ts:1:47', 'server/aws.js:1:20', 'src/ai.ts:1:38', 'keys/server.pem:1:1']);
    expect(issues[0]!.message).toMatch(/^Stripe secret key in source \(sk_l… 44 characters\): remove it from the code/);
    expect(issues.map((issue) => issue.message.split(' in source')[0])).toEqual(['Stripe secret key', 'GitHub token', 'AWS access key id', 'OpenAI-style API key', 'private key']);
    for (const issue of issues) expect(issue.message).not.toContain(stripeKey.slice(4, 20));
  });

  it('behavior: finds a high-entropy literal given to a secret-named binding, in code and in .env files', () => {
    const issues = scanSecrets({
      'src/config.ts': `export const API_SECRET = 'q8Zt3LmP0xVb7RkW2nYc';\nconst options = { clientSecret: "Hf83kd9Qm2Zp0Lx7" };\n`,
      '.env': `VITE_PAYMENT_TOKEN=7Gh2Kp9Lm4Qx8Zr1Tb6\nPORT=3000\n`,
    });
    expect(issues.map(({ file, line, message }) => `${file}:${line}: ${message.split(' in source')[0]}`)).toEqual([
      'src/config.ts:1: secret assigned to API_SECRET',
      'src/config.ts:2: secret assigned to clientSecret',
      '.env:1: secret assigned to VITE_PAYMENT_TOKEN',
    ]);
    expect(issues[2]!.message).toContain('keep a placeholder here');
  });

  it('behavior: placeholders, low-entropy words, env reads and UI strings are not secrets', () => {
    const issues = scanSecrets({
      'src/form.tsx': `<input type="password" placeholder="Your password" />\nconst tokenLabel = 'access-token-expired';\nconst apiKey = import.meta.env.VITE_API_KEY;\n`,
      'src/auth.ts': `const secret = process.env.JWT_SECRET;\nconst API_KEY = 'your-api-key-here';\nconst token = \`\${prefix}-\${value}-suffix\`;\nconst password = 'xxxxxxxxxxxxxxxx';\n`,
      '.env.example': `STRIPE_SECRET_KEY=sk_live_replace_me\nJWT_SECRET=Zx81kLq0Pm3Vb6Nc\n`,
      'package-lock.json': `{ "integrity": "sha512-Hq83kd9Qm2Zp0Lx7Hf83kd9Qm2Zp0Lx7", "token": "Hq83kd9Qm2Zp0Lx7Hf83" }`,
      'node_modules/lib/index.js': `const token = 'Hq83kd9Qm2Zp0Lx7Hf83';`,
      'src/publishable.ts': `const stripe = loadStripe('pk_live_51HqLyjWDarjtT1zdp7dcXYZ');\n`,
    });
    expect(issues).toEqual([]);
  });

  it('behavior: a real key in .env.example still counts (only placeholders are allowed there)', () => {
    const issues = scanSecrets({ '.env.example': `STRIPE_SECRET_KEY=${stripeKey}\n` });
    expect(issues).toMatchObject([{ file: '.env.example', line: 1, column: 19 }]);
  });

  it('default: entropy of a repeated character is 0, of 16 distinct ones 4', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('0123456789abcdef')).toBe(4);
  });
});
