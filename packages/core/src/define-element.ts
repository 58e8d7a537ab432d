/** A custom element class that says which version of its package it comes from. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is registered already, so a widget loaded twice (from npm and from an embed
 * bundle, say) does not throw. When the tag belongs to another class of a different version, it warns
 * once and keeps the first registration. Returns the class registered under the tag.
 */
export function define(tag: string, element: VersionedElement, registry: CustomElementRegistry = customElements): VersionedElement {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return element;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(
      `<${tag}> is already registered by version ${existing.version ?? 'unknown'}; version ${element.version ?? 'unknown'} was not registered. Load one version of the widget per page.`,
    );
  }
  return existing;
}
