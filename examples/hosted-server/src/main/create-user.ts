// `npm run create-user -- <email> <password> [USER|RESELLER|ADMIN]`: the first admin of a deployment.
import { usersRepository } from '../accounts/users.js';
import { hashPassword } from '../auth/passwords.js';
import { isRole } from '../auth/roles.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';

const [email, password, role = 'ADMIN'] = process.argv.slice(2);
if (!email || !password || !isRole(role)) {
  console.error('usage: npm run create-user -- <email> <password> [USER|RESELLER|ADMIN]');
  process.exit(2);
}
const db = openDatabase(loadConfig().databaseUrl, 1);
const user = await usersRepository(db).create({ email, passwordHash: await hashPassword(password), role });
console.log(`created ${user.role} ${user.email} (${user.id})`);
await db.end();
