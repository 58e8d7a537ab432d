// Stylelint's standard rules over the widgets' stylesheets: the `css` templates in packages/*/src/*.styles.ts
// (read with postcss-lit).
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  customSyntax: 'postcss-lit',
  rules: {
    // Kebab-case, and a leading underscore for a widget's private shorthands (--_gap), which no page should set.
    'custom-property-pattern': [
      '^_?[a-z][a-z0-9]*(-[a-z0-9]+)*$',
      { message: (name) => `Expected custom property name "${name}" to be kebab-case, with an optional leading underscore` },
    ],
  },
};
