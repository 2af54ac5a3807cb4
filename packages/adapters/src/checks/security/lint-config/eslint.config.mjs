/**
 * The security check's ESLint config (run inside the sandbox with
 * `eslint --config node_modules/.cache/buildwright/security-lint/eslint.config.mjs --no-inline-config`).
 * It is ours, never the project's: the project's own config and its `eslint-disable` comments play
 * no part, so generated code cannot switch these rules off. The plugins sit beside this file
 * (`./node_modules`); the TypeScript parser is the project's own `typescript-eslint`.
 */
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import security from 'eslint-plugin-security';

const typescript = await import('typescript-eslint').then(
  (module) => module.default ?? module,
  () => undefined,
);

const sources = ['**/*.{js,jsx,mjs,cjs}'];
const typescriptSources = ['**/*.{ts,tsx,mts,cts}'];

// React's innerHTML: `__html` from anything but a constant string or a sanitizer's answer (`DOMPurify.sanitize(…)`).
const dangerousHtml =
  'dangerouslySetInnerHTML with markup that is not a constant string: data shown as HTML runs as code (XSS). Render it as text (as children), or sanitize it first (DOMPurify.sanitize)';

const rules = {
  // Markup built from strings: innerHTML, outerHTML, insertAdjacentHTML, document.write.
  'no-unsanitized/property': 'error',
  'no-unsanitized/method': 'error',
  'no-restricted-syntax': [
    'error',
    { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"] > JSXExpressionContainer > :not(ObjectExpression, JSXEmptyExpression)', message: dangerousHtml },
    {
      selector:
        'Property:matches([key.name="__html"], [key.value="__html"]):not([value.type="Literal"]):not([value.type="TemplateLiteral"][value.expressions.length=0]):not([value.type="CallExpression"][value.callee.property.name="sanitize"])',
      message: dangerousHtml,
    },
  ],
  // Code built from strings.
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  'security/detect-eval-with-expression': 'error',
  'security/detect-non-literal-require': 'error',
  'security/detect-unsafe-regex': 'error',
  'security/detect-buffer-noassert': 'error',
  'security/detect-new-buffer': 'error',
  'security/detect-pseudoRandomBytes': 'error',
  'security/detect-disable-mustache-escape': 'error',
  'security/detect-no-csrf-before-method-override': 'error',
  'security/detect-bidi-characters': 'error',
};

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**'] },
  {
    files: [...sources, ...(typescript ? typescriptSources : [])],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { 'no-unsanitized': noUnsanitized, security },
    rules,
  },
  ...(typescript ? [{ files: typescriptSources, languageOptions: { parser: typescript.parser } }] : []),
];
