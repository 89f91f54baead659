// `npm run test:html`: the W3C validator (vnu, from the vnu-jar package; needs Java) over every built
// page in out/. Exits 1 on any error.
import { execFileSync } from 'node:child_process';
import vnu from 'vnu-jar';

// The stylesheet is inlined in every page (next.config.ts), so vnu's CSS checker reads Tailwind's
// output too. It predates two things Tailwind 4 writes and every current browser reads: @property
// (CSS Properties and Values API) and margin-trim. Only these two messages are set aside.
const CSS_NEWER_THAN_VNU = String.raw`CSS: (Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn.t exist).*`;

try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--filterpattern', CSS_NEWER_THAN_VNU, 'out'], {
    stdio: 'inherit',
  });
  console.log('validate-html: no errors in out/');
} catch {
  console.error('validate-html: the W3C validator found errors (above)');
  process.exit(1);
}
