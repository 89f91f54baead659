// Prints the STAFF_PASSWORD_HASH for a password typed at the prompt or read from standard input:
//   npm run staff:password
//   printf %s "$PASSWORD" | npm run -s staff:password
import { text } from 'node:stream/consumers';
import { createInterface } from 'node:readline/promises';
import { hashPassword } from '../server/feedback/password';

const MIN_LENGTH = 12;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return text(process.stdin);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(`Staff password (at least ${MIN_LENGTH} characters): `);
  rl.close();
  return answer;
}

const password = (await readPassword()).replace(/\r?\n$/, '');
if (password.length < MIN_LENGTH) {
  console.error(`The password must have at least ${MIN_LENGTH} characters.`);
  process.exit(1);
}
console.log(await hashPassword(password));
