// The custom elements manifest of every package (`cem analyze --config ../../cem.config.mjs`, run in the package's
// folder by its build script), and the editor data made from it: VS Code's HTML and CSS custom data and JetBrains'
// web-types. The analyzer's Lit support reads the JSDoc tags (@tagname @event @slot @csspart @cssprop); the plugins
// below make the manifest describe the package as it ships: its public API only, paths into dist/, and the
// definitions that core's define() makes.
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** `src/x.ts` (or a specifier relative to `from`, such as `./x.js`) as the built file: `dist/x.js`. */
function distPath(path, from) {
  const resolved = path.startsWith('.') && from ? posix.join(posix.dirname(from), path) : path;
  return resolved.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * `define('ap-x', ApX)`, core's safe wrapper of customElements.define(), which the analyzer does not know: a
 * custom-element-definition export in the module that calls it, as the analyzer makes for customElements.define().
 */
function defineCalls() {
  return {
    name: 'ap-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const name = element.text;
      const source = node.getSourceFile();
      // The class is imported (`import { ApX } from './x.js'`) or declared in this module.
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
        if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name))
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text);
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } },
      ];
    },
  };
}

/**
 * Only the public API: no private or protected members (Lit's internal state among them) and no attribute of such a
 * member; no event entry the analyzer guessed from a `dispatchEvent(new X(...))` call when the JSDoc documents an
 * event of the same class (the guesses have no name, or the name of the constructor's argument).
 */
function publicApi() {
  return {
    name: 'ap-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (declaration.kind !== 'class') continue;
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
          const fields = new Set(declaration.members.map((m) => m.name));
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
        }
        if (declaration.events) {
          const documented = declaration.events.filter((e) => e.description);
          declaration.events = declaration.events.filter(
            (e) => e.description || !documented.some((d) => d.type?.text && d.type.text === e.type?.text),
          );
        }
      }
    },
  };
}

/**
 * Paths as the package ships: `dist/*.js`, not the TypeScript sources. A superclass the analyzer could not find
 * (CustomEvent, a global) is marked as a global instead of pointing at the module that extends it.
 */
function distPaths() {
  const fix = (reference, from) => {
    if (reference?.module) reference.module = distPath(reference.module, from);
  };
  return {
    name: 'ap-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module === from && !module.declarations.some((d) => d.name === declaration.superclass.name)) {
            declaration.superclass = { name: declaration.superclass.name, package: 'global:' };
          }
          fix(declaration.superclass, from);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])])
            fix(item.inheritedFrom, from);
        }
        for (const exported of module.exports ?? []) fix(exported.declaration, from);
        module.path = distPath(module.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  // package.json names the manifest already (`customElements`): the analyzer leaves it alone.
  packagejson: false,
  plugins: [
    defineCalls(),
    publicApi(),
    distPaths(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    // package.json names web-types.json already (`web-types`): the plugin must not rewrite it.
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
  ],
};
