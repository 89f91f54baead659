import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries (app → components → lib → content) are ESLint rules; here they are shown
// failing on deliberately wrong imports, and passing on allowed ones.
const eslint = new ESLint();
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('keep content free of lib, components, app, React and Next.js', async () => {
    expect(
      await restricted('content/kaiyuan/city.ts', "import { getCities } from '@/lib/content/load';\nexport const x = getCities;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('content/kaiyuan/city.ts', "import { resolveGuide } from '../../lib/guide';\nexport const x = resolveGuide;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('content/kaiyuan/city.ts', "import type { CityInput } from '../schema';\nexport type X = CityInput;\n"),
    ).toEqual([]);
  });

  it('keep lib free of components, app, React and Next.js', async () => {
    expect(await restricted('lib/guide/x.ts', "import { notFound } from 'next/navigation';\nexport const x = notFound;\n")).toHaveLength(1);
    expect(await restricted('lib/guide/x.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
    expect(await restricted('lib/guide/x.ts', "import { Link } from '@/components/i18n/link';\nexport const x = Link;\n")).toHaveLength(1);
    expect(await restricted('lib/guide/x.ts', "import type { City } from '@/content/schema';\nexport type X = City;\n")).toEqual([]);
  });

  it('keep components from importing routes', async () => {
    expect(
      await restricted('components/x.tsx', "import { cityOr404 } from '@/app/_lib/params';\nexport const x = cityOr404;\n"),
    ).toHaveLength(1);
  });
});
