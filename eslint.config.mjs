// ESLint: typescript-eslint's strict type-checked rules, Next's core web vitals (with React and
// react-hooks), and Prettier's list of the formatting rules it owns turned off. `npm test` runs it
// with --max-warnings 0.
import nextVitals from "eslint-config-next/core-web-vitals";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "bench/out/**",
      ".data/**",
      "next-env.d.ts",
      "**/*.mjs",
      "**/*.cjs",
      "**/*.js",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  prettier,
);
