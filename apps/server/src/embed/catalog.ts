// The catalog of embeddable widgets: for each, its tag, its file in the embed build, its npm package, its name and
// description in Vietnamese and English, and the options the embed builder offers. Types, defaults and the English
// help are read from each package's Custom Elements Manifest at start (so they follow the code's JSDoc); the
// Vietnamese words, and which attributes are offered at all, are ours. The builder (newsroom), the embedding guide
// (portal pages) and the preview below all read this one catalog.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CatalogOption, CatalogWidget, EmbedCatalog, OptionSource, Words } from '@agency-portal/portal/embed-catalog.js';
import type { EmbedVersions } from './versions.js';

/** One attribute the builder offers: what the manifest cannot say. */
interface OptionSpec {
  attribute: string;
  label: Words;
  /** The Vietnamese help; the English is the manifest's description. */
  vi: string;
  values?: string[];
  source?: OptionSource;
  min?: number;
  max?: number;
  /**
   * A parameter of the endpoint's address rather than an attribute: the manifest does not know it, so its default
   * and English help are here.
   */
  query?: { default: string; en: string };
}

interface WidgetSpec {
  id: string;
  package: string;
  name: Words;
  /** The Vietnamese description; the English is the manifest's summary. */
  vi: string;
  endpoint: CatalogWidget['endpoint'];
  options: OptionSpec[];
}

/** The accessible name every widget takes: free text, so the snippet escapes it. */
const LABEL: OptionSpec = {
  attribute: 'label',
  label: { vi: 'Tên cho trình đọc màn hình', en: 'Accessible name' },
  vi: 'Tên vùng của tiện ích mà trình đọc màn hình đọc lên; hai tiện ích cùng loại trên một trang cần hai tên khác nhau.',
};

const WIDGETS: WidgetSpec[] = [
  {
    id: 'article-list',
    package: '@agency-portal/article-list',
    name: { vi: 'Danh sách tin bài', en: 'Article list' },
    vi: 'Danh sách tin bài có phân trang, lấy từ cổng thông tin hoặc từ nguồn tin của một trang thành viên.',
    endpoint: { attribute: 'src', path: 'articles' },
    options: [
      {
        attribute: 'feed',
        source: 'feeds',
        label: { vi: 'Nguồn tin', en: 'Feed' },
        vi: 'Để trống để lấy tin bài của cổng thông tin; hoặc chọn nguồn tin (RSS, Atom) của một trang thành viên mà cổng thông tin lấy về.',
      },
      {
        attribute: 'category',
        source: 'categories',
        label: { vi: 'Chuyên mục', en: 'Category' },
        vi: 'Chỉ tin bài của chuyên mục này (với tin bài của cổng thông tin).',
      },
      {
        attribute: 'page-size',
        min: 1,
        max: 50,
        label: { vi: 'Số tin mỗi trang', en: 'Page size' },
        vi: 'Số tin bài mỗi trang, từ 1 đến 50.',
      },
      {
        attribute: 'layout',
        values: ['list', 'grid', 'compact'],
        label: { vi: 'Bố cục', en: 'Layout' },
        vi: '`list` (ảnh bên cạnh chữ), `grid` (thẻ xếp thành cột) hoặc `compact` (tiêu đề và ngày).',
      },
      LABEL,
    ],
  },
  {
    id: 'banner-carousel',
    package: '@agency-portal/banner-carousel',
    name: { vi: 'Băng chuyền banner', en: 'Banner carousel' },
    vi: 'Các banner của trang chủ cổng thông tin (hoặc của một bộ banner khác), chuyển lần lượt, dùng được bằng bàn phím và trình đọc màn hình.',
    endpoint: { attribute: 'src', path: 'banners' },
    options: [
      { attribute: 'picker', label: { vi: 'Nút chọn banner', en: 'Slide picker' }, vi: 'Hiện một nút cho mỗi banner để chọn.' },
      { attribute: 'autoplay', label: { vi: 'Tự chuyển', en: 'Autoplay' }, vi: 'Tự chuyển banner (kèm nút dừng và chạy).' },
      {
        attribute: 'set',
        source: 'banner-sets',
        label: { vi: 'Bộ banner', en: 'Banner set' },
        vi: 'Bộ banner mà băng chuyền hiện: của trang chủ, hoặc một bộ riêng mà tòa soạn làm cho trang thành viên.',
        query: {
          default: 'trang-chu',
          en: "The set of banners the carousel shows: the home page's, or one the newsroom made for the member site.",
        },
      },
      LABEL,
    ],
  },
  {
    id: 'visit-counter',
    package: '@agency-portal/visit-counter',
    name: { vi: 'Thống kê truy cập', en: 'Visit counter' },
    vi: 'Số người đang xem, hôm nay, tuần này, tháng này và tổng số lượt truy cập của một trang, cập nhật trực tiếp.',
    endpoint: { attribute: 'api', path: '' },
    options: [
      {
        attribute: 'site',
        source: 'sites',
        label: { vi: 'Trang', en: 'Site' },
        vi: 'Trang thành viên đã đăng ký có số liệu được hiện và được đếm.',
      },
      {
        attribute: 'track',
        label: { vi: 'Đếm lượt xem', en: 'Count visits' },
        vi: 'Đếm lượt xem trang này (chỉ trên các địa chỉ đã đăng ký của trang).',
      },
      LABEL,
    ],
  },
];

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const require = createRequire(import.meta.url);

/** The custom element of `pkg`, from the manifest its package.json names (`customElements`). */
function manifestElement(pkg: string): ManifestDeclaration {
  const packageJson = require.resolve(`${pkg}/package.json`);
  const { customElements } = JSON.parse(readFileSync(packageJson, 'utf8')) as { customElements?: string };
  if (!customElements) throw new Error(`${pkg} names no Custom Elements Manifest.`);
  const manifest = JSON.parse(readFileSync(join(dirname(packageJson), customElements), 'utf8')) as Manifest;
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
  if (!element?.tagName) throw new Error(`${pkg}'s manifest declares no custom element.`);
  return element;
}

/** A manifest default (`'list'`, `10_000`, `false`, absent) as a value. */
function parseDefault(text: string | undefined): string | number | boolean | null {
  if (text === undefined) return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?[\d_]+$/.test(text)) return Number(text.replaceAll('_', ''));
  const quoted = /^(['"`])(.*)\1$/.exec(text);
  return quoted ? quoted[2]! : null;
}

function optionType(text: string | undefined, spec: OptionSpec): CatalogOption['type'] {
  if (text === 'boolean') return 'boolean';
  if (text === 'number') return 'number';
  if (spec.values || /\bstring\b/.test(text ?? '')) return 'string';
  throw new Error(`The ${spec.attribute} attribute's type "${text}" is not one the embed builder offers.`);
}

/** The widgets of the catalog, from the manifests; throws when a manifest lacks an attribute the catalog offers. */
export function catalogWidgets(): CatalogWidget[] {
  return WIDGETS.map((spec) => {
    const element = manifestElement(spec.package);
    const attributes = new Map((element.attributes ?? []).map((attribute) => [attribute.name, attribute]));
    const options = spec.options.map((option): CatalogOption => {
      if (option.query) {
        const { vi, label, query, ...rest } = option;
        return { ...rest, query: true, type: 'string', default: query.default, label, help: { vi, en: query.en } };
      }
      const attribute = attributes.get(option.attribute);
      if (!attribute) throw new Error(`${element.tagName} has no "${option.attribute}" attribute in its manifest.`);
      const { vi, label, query: _query, ...rest } = option;
      return {
        ...rest,
        type: optionType(attribute.type?.text, option),
        default: parseDefault(attribute.default),
        label,
        help: { vi, en: (attribute.description ?? '').replace(/\s+/g, ' ').trim() },
      };
    });
    if (!attributes.has(spec.endpoint.attribute)) throw new Error(`${element.tagName} has no "${spec.endpoint.attribute}" attribute.`);
    return {
      id: spec.id,
      tag: element.tagName!,
      file: `${spec.id}.js`,
      package: spec.package,
      name: spec.name,
      description: { vi: spec.vi, en: element.summary ?? '' },
      endpoint: spec.endpoint,
      options,
    };
  });
}

/** The whole catalog: the widgets and the versions the portal serves, with their files' integrity. */
export function embedCatalog(publicUrl: string, versions: EmbedVersions, widgets = catalogWidgets()): EmbedCatalog {
  return {
    publicUrl,
    latest: versions.latest ?? versions.releases[0]?.version ?? null,
    versions: versions.releases.map((release) => ({
      version: release.version,
      files: Object.fromEntries([...release.files].map(([name, { integrity }]) => [name, integrity])),
    })),
    widgets,
  };
}
