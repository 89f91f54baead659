// Writes the nginx configuration for the current build (server/nginx.ts):
//
//   npx tsx scripts/nginx-config.ts --root "$PWD/out" --port 8080 --out build/nginx/site.conf [--app 127.0.0.1:3000]
//
// --app is where `npm start` listens: nginx passes /api/ (feedback) and /staff/ (triage) to it.
// site.conf goes into an `http {}` block; nginx.conf beside it runs the site on its own.
import { writeNginxConfig, type NginxOptions } from '../server/nginx';

const known = ['root', 'port', 'host', 'out', 'workers', 'app'];
const opts: Record<string, string> = {};
const argv = process.argv.slice(2);
try {
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`nginx-config: unexpected argument ${argv[i]}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`nginx-config: --${m[1]} needs a value`);
    if (!known.includes(m[1])) throw new Error(`nginx-config: unknown option --${m[1]} (known: ${known.join(', ')})`);
    opts[m[1]] = value;
  }
  const { siteConf, nginxConf } = writeNginxConfig(opts as NginxOptions);
  console.log(`nginx-config: wrote ${siteConf} and ${nginxConf}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
