import nextPlugin from '@next/eslint-plugin-next';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'out/', 'build/', 'next-env.d.ts', 'test-results/', 'playwright-report/', 'bench/baseline/.next/', 'bench/baseline/out/', 'bench/baseline/next-env.d.ts'] },
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
);
