// @ts-check
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The arrows of the architecture (../shared/design.md), enforced: app -> components -> pure lib;
// app -> lib/server -> lib/db + pure lib. A wrong-way import fails `npm test`.
const FRAMEWORK = "^(react|react-dom|next|@xyflow/react|monaco-editor|@monaco-editor/react|use-intl/react)(/.*)?$";
const DATABASE = "^(drizzle-orm|better-sqlite3)(/.*)?$";
const NODE = "^node:";
const STORAGE = "(^@/lib/(db|server)(/|$))|(^(\\.\\./)+(db|server)(/|$))";

/** @param {{ regex: string, message: string }[]} patterns */
const forbid = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const pure = { regex: FRAMEWORK, message: "lib/ is pure domain logic: no React, Next, React Flow or Monaco." };
const noDb = { regex: DATABASE, message: "Only lib/db talks to the database." };
const noNode = { regex: NODE, message: "Pure lib/ code runs in the browser too: no node:* modules." };
const noStorage = { regex: STORAGE, message: "Only lib/server (and app/ through it) may use lib/db and lib/server." };

const noFlow = { regex: "^@xyflow/react", message: "Only components/canvas imports React Flow." };
const noMonaco = { regex: "^(monaco-editor|@monaco-editor/react)(/.*)?$", message: "Only components/code imports Monaco." };

/** Components never touch storage; React Flow and Monaco each stay behind their one adapter folder. */
function componentRules() {
  const base = [
    { regex: STORAGE, message: "Components never touch storage: app/ passes data in." },
    noDb,
    noNode,
    { regex: "^server-only$", message: "Components may run in the browser." },
  ];
  return [
    { files: ["components/**/*.{ts,tsx}"], ignores: ["components/canvas/**", "components/code/**"], rules: forbid([...base, noFlow, noMonaco]) },
    { files: ["components/canvas/**/*.{ts,tsx}"], rules: forbid([...base, noMonaco]) },
    { files: ["components/code/**/*.{ts,tsx}"], rules: forbid([...base, noFlow]) },
  ];
}

const config = [
  { ignores: [".next/**", ".next-e2e/**", "node_modules/**", "drizzle/**", ".scratch/**", "test-results/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/db/**", "lib/server/**", "lib/i18n/request.ts"],
    rules: forbid([pure, noDb, noNode, noStorage, { regex: "^server-only$", message: "Pure lib/ code runs anywhere." }]),
  },
  {
    files: ["lib/i18n/request.ts"],
    rules: forbid([{ regex: "^(react|react-dom|@xyflow/react|monaco-editor)(/.*)?$", message: pure.message }, noDb, noStorage]),
  },
  {
    files: ["lib/server/**/*.ts"],
    rules: forbid([pure, noDb]),
  },
  {
    files: ["lib/db/**/*.ts"],
    rules: forbid([pure, { regex: "(^@/lib/server(/|$))|(^(\\.\\./)+server(/|$))", message: "lib/db must not depend on use cases." }]),
  },
  ...componentRules(),
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: forbid([
      { regex: "(^@/lib/db(/|$))", message: "Routes reach storage through lib/server." },
      noDb,
    ]),
  },
];

export default config;
