// `npm run test:html`: the W3C validator (vnu, from the vnu-jar package; needs Java) over every built
// page in out/. Exits 1 on any error.
import { execFileSync } from 'node:child_process';
import vnu from 'vnu-jar';

try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', 'out'], { stdio: 'inherit' });
  console.log('validate-html: no errors in out/');
} catch {
  console.error('validate-html: the W3C validator found errors (above)');
  process.exit(1);
}
