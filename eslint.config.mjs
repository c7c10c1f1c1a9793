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
  {
    rules: {
      // Numbers in messages, URLs and SQL are everyday; objects and null in a template are the mistakes this rule is for.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // A test asserts the value exists before it uses it; `!` after such an assertion is the plain way to say so.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
