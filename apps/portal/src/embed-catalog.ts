// The embeddable widgets as the server's catalog describes them (GET /api/v1/embed/catalog), and the snippet a member
// site pastes for a choice of widget, options, language and version. The newsroom's embed builder and the portal's
// embedding guide both make their snippets here, so what the guide shows is what the builder copies. No Node or DOM:
// the server, the page templates and the browser import it alike.
import { escapeHtml } from './html.js';

export type CatalogLang = 'vi' | 'en';
/** Words in both languages of the portal. */
export type Words = Record<CatalogLang, string>;

/**
 * Where an option's values come from when they are not fixed: the member sites, the categories, the fetched feeds or
 * the banner sets in use.
 */
export type OptionSource = 'sites' | 'categories' | 'feeds' | 'banner-sets';

export interface CatalogOption {
  /** The element's attribute, as in its Custom Elements Manifest. */
  attribute: string;
  type: 'string' | 'number' | 'boolean';
  /** The values allowed, when they are a fixed few. */
  values?: string[];
  /** The API whose items are the values, when they are the portal's data. */
  source?: OptionSource;
  /** A parameter of the endpoint's address (`src="…?set=…"`), named `attribute`, rather than an attribute of the element. */
  query?: boolean;
  min?: number;
  max?: number;
  /** The widget's own default (from its manifest); null for none. A snippet leaves an option at its default out. */
  default: string | number | boolean | null;
  label: Words;
  help: Words;
}

export interface CatalogWidget {
  /** The entry's name: `dist/<id>.js` of the embed build, `/embed/v<version>/<id>.js` on the portal. */
  id: string;
  tag: string;
  file: string;
  /** The npm package with the same element (`<package>/define.js` registers it). */
  package: string;
  name: Words;
  description: Words;
  /** The attribute that points the widget at the portal, and the API path it gets (under `/api/v1/`). */
  endpoint: { attribute: 'src' | 'api'; path: string };
  options: CatalogOption[];
}

export interface CatalogVersion {
  version: string;
  /** File (`article-list.js`, `chunks/shared-….js`) to its `sha384-…` integrity. */
  files: Record<string, string>;
}

export interface EmbedCatalog {
  /** The portal's address (PUBLIC_URL): snippets load from and talk to it. */
  publicUrl: string;
  /** The newest version served, or null when the embed build is missing. */
  latest: string | null;
  /** Every version served, newest first. */
  versions: CatalogVersion[];
  widgets: CatalogWidget[];
}

/** What a site chose: the widget, its language, the version its tag pins, and the options' values (by attribute). */
export interface EmbedChoice {
  widget: string;
  lang: CatalogLang;
  version: string;
  values: Record<string, string | number | boolean | undefined>;
}

export interface Snippet {
  /** The `<script type="module" integrity crossorigin>` tag and the element, as a site pastes them. */
  html: string;
  /** The npm install command, and the module's import and element for a site with a build. */
  npmInstall: string;
  npmUsage: string;
  /** The URL and integrity of the script the tag loads. */
  scriptUrl: string;
  integrity: string;
}

/** The attributes of the element for `choice`, in the catalog's order, values unescaped; defaults left out. */
export function elementAttributes(
  catalog: Pick<EmbedCatalog, 'publicUrl'>,
  widget: CatalogWidget,
  choice: EmbedChoice,
): [string, string][] {
  const api = `${catalog.publicUrl}/api/v1/`;
  const feed = choice.values.feed;
  // The list's feed mode reads the feed's items from the portal: the page's own origin has no such API.
  const path =
    widget.endpoint.path === 'articles' && typeof feed === 'string' && feed !== ''
      ? `feeds/${encodeURIComponent(feed)}/items`
      : widget.endpoint.path;
  const chosen = (option: CatalogOption) => {
    const value = choice.values[option.attribute];
    return value === undefined || value === '' || value === option.default || value === false ? undefined : value;
  };
  const query = new URLSearchParams();
  for (const option of widget.options) {
    const value = option.query ? chosen(option) : undefined;
    if (value !== undefined) query.set(option.attribute, String(value));
  }
  const attributes: [string, string][] = [[widget.endpoint.attribute, api + path + (query.size > 0 ? `?${query}` : '')]];
  for (const option of widget.options) {
    const value = chosen(option);
    if (value === undefined || option.query) continue;
    attributes.push([option.attribute, value === true ? '' : String(value)]);
  }
  attributes.push(['lang', choice.lang]);
  return attributes;
}

/** The element with its attributes, HTML-escaped. */
export function elementHtml(tag: string, attributes: [string, string][]): string {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<${tag}${written}></${tag}>`;
}

/** The snippet for `choice`; undefined when the catalog has no such widget, version or file. */
export function snippet(catalog: EmbedCatalog, choice: EmbedChoice): Snippet | undefined {
  const widget = catalog.widgets.find((known) => known.id === choice.widget);
  const version = catalog.versions.find((known) => known.version === choice.version);
  const integrity = widget && version?.files[widget.file];
  if (!widget || !integrity) return undefined;
  const scriptUrl = `${catalog.publicUrl}/embed/v${version.version}/${widget.file}`;
  const element = elementHtml(widget.tag, elementAttributes(catalog, widget, choice));
  return {
    html: `<script type="module" src="${escapeHtml(scriptUrl)}" integrity="${integrity}" crossorigin="anonymous"></script>\n${element}`,
    npmInstall: `npm install ${widget.package}`,
    npmUsage: `import '${widget.package}/define.js';\n\n${element}`,
    scriptUrl,
    integrity,
  };
}

/** Whether `version` is older than the catalog's latest (a site pinned to it could move up). */
export function isOutdated(catalog: Pick<EmbedCatalog, 'latest'>, version: string): boolean {
  return catalog.latest !== null && version !== catalog.latest && version.localeCompare(catalog.latest, 'en', { numeric: true }) < 0;
}

/** Every option at its default, for a first snippet. */
export function defaultValues(widget: CatalogWidget): EmbedChoice['values'] {
  return Object.fromEntries(widget.options.map((option) => [option.attribute, option.default ?? undefined]));
}
