import iconv from 'iconv-lite';
import { FeedError } from './errors.js';

// Feeds arrive as bytes. The charset comes from, in order: a byte order mark; the HTTP Content-Type charset
// (unless it claims UTF-8 for bytes that are not UTF-8, or ISO-8859-1 for bytes that are UTF-8: both are
// common server defaults); the XML declaration; and finally UTF-8 when the bytes are valid UTF-8, else
// windows-1252 (what "ISO-8859-1" means in practice).

/** Labels that name the same decoder, or a superset that decodes the same bytes the way browsers do. */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-user-defined': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

export interface Decoded {
  text: string;
  /** The charset the bytes were decoded as, and where it came from. */
  charset: string;
  source: 'bom' | 'http' | 'declaration' | 'sniffed' | 'default';
}

/** The text of a feed body. Throws a FeedError for a charset that cannot be decoded. */
export function decodeFeed(body: Buffer, contentType?: string): Decoded {
  const bom = bomCharset(body);
  if (bom) return { text: decodeAs(body.subarray(bom.length), bom.charset), charset: bom.charset, source: 'bom' };

  const fromHttp = normalise(/;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]);
  // Servers often label everything ISO-8859-1 by default; multi-byte UTF-8 sequences are not Latin-1 text.
  const utf8Mislabelled = fromHttp === 'windows-1252' && body.some((byte) => byte > 0x7f) && isUtf8(body);
  if (fromHttp && !utf8Mislabelled && !(fromHttp === 'utf-8' && !isUtf8(body))) {
    return { text: decodeAs(body, fromHttp), charset: fromHttp, source: 'http' };
  }

  const utf16 = utf16WithoutBom(body);
  if (utf16) return { text: decodeAs(body, utf16), charset: utf16, source: 'sniffed' };

  const declared = normalise(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(body.subarray(0, 1024).toString('latin1'))?.[1]);
  // A declaration of UTF-16 on bytes without a BOM that are not UTF-16 (checked above) is wrong: read it as UTF-8.
  if (declared && !declared.startsWith('utf-16') && !(declared === 'utf-8' && !isUtf8(body))) {
    return { text: decodeAs(body, declared), charset: declared, source: 'declaration' };
  }
  if (isUtf8(body)) return { text: body.toString('utf8'), charset: 'utf-8', source: 'default' };
  return { text: decodeAs(body, 'windows-1252'), charset: 'windows-1252', source: 'sniffed' };
}

function normalise(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const lower = label.trim().toLowerCase();
  return ALIASES[lower] ?? lower;
}

function decodeAs(bytes: Buffer, charset: string): string {
  if (!iconv.encodingExists(charset)) throw new FeedError('unsupported_charset', `The feed's charset "${charset}" is not supported.`);
  return iconv.decode(bytes, charset, { stripBOM: true });
}

function bomCharset(body: Buffer): { charset: string; length: number } | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: `<` (or whitespace) as the first code unit, with a zero byte beside it. */
function utf16WithoutBom(body: Buffer): string | undefined {
  if (body.length < 4) return undefined;
  if (body[0] === 0 && body[1] !== 0 && body[2] === 0 && body[3] !== 0) return 'utf-16be';
  if (body[0] !== 0 && body[1] === 0 && body[2] !== 0 && body[3] === 0) return 'utf-16le';
  return undefined;
}

function isUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
