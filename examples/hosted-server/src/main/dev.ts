// `npm run dev`: the whole service on this machine's Postgres and Redis, no Docker: creates the
// database if missing, keeps development secrets in .dev-secrets.json, migrates, then starts one API
// and one worker process (the scripted model, so it works offline). Ctrl-C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { generateLicenceKeyPair } from '../licences/licence-keys.js';

const exampleDir = fileURLToPath(new URL('../../', import.meta.url));
const secretsFile = `${exampleDir}.dev-secrets.json`;
if (!existsSync(secretsFile)) {
  const keys = generateLicenceKeyPair();
  const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), APP_SECRET: randomBytes(32).toString('hex'), LICENCE_PRIVATE_KEY: keys.privateKeyPem, LICENCE_PUBLIC_KEY: keys.publicKeyPem };
  writeFileSync(secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });
}
const environment: NodeJS.ProcessEnv = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', ...JSON.parse(readFileSync(secretsFile, 'utf8')), ...process.env };
const config = loadConfig(environment);

// The database of DATABASE_URL, created on the server when it does not exist yet.
const target = new URL(config.databaseUrl);
const name = decodeURIComponent(target.pathname.slice(1));
const server = new URL(config.databaseUrl);
server.pathname = '/postgres';
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows.length === 0) {
  await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  console.log(`created database ${name}`);
}
await admin.end();

const start = (entry: string): ChildProcess => spawn(process.execPath, ['--import', 'tsx', `src/main/${entry}.ts`], { cwd: exampleDir, env: environment, stdio: 'inherit' });
await new Promise<void>((resolve, reject) => start('migrate').once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited ${code}`)))));
const children = [start('api'), start('worker')];
console.log(`hosted server: API on http://127.0.0.1:${config.port}, worker metrics on http://127.0.0.1:${config.workerPort}/metrics (model: ${config.llm}). Ctrl-C stops.`);
for (const child of children) child.once('exit', (code) => code && console.error(`a process exited with ${code}`));
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
