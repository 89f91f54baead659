import nextPlugin from '@next/eslint-plugin-next';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.scratch/',
      '.variants/',
      '.next/',
      'out/',
      'build/',
      'next-env.d.ts',
      'test-results/',
      'playwright-report/',
      'bench/baseline/.next/',
      'bench/baseline/out/',
      'bench/baseline/next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // App Router pages may render their own <head>; next/head is for the Pages Router.
      '@next/next/no-head-element': 'off',
      // Every page is a static file: plain anchors load them without the client router.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // Imports run downhill only: app → components → lib → content. The schema lives with the data, so
  // nothing in content reaches up into lib; lib stays free of React and Next.js.
  {
    files: ['content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/(lib|components|app)/|(\\.\\./)+(lib|components|app)/|next|react)',
              message: 'content/ is data: it may import only content/ (and zod).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/(components|app)/|next($|/)|react($|-dom))',
              message: 'lib/ is plain TypeScript: no components, routes, React or Next.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@/app/', message: 'components/ may not import routes (app/).' }] }],
    },
  },
);
