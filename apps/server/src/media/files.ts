import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProcessedImage } from './images.js';

/**
 * Writes the renditions into `dir`: each to a temporary name first, renamed once complete, so no other request (or
 * instance sharing the folder) ever serves half a file. Returns the names it wrote; on failure removes what it wrote.
 */
export async function writeRenditions(dir: string, image: ProcessedImage): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  try {
    for (const rendition of image.renditions) {
      const temporary = join(dir, `.${rendition.name}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, rendition.data, { flag: 'wx' });
        await rename(temporary, join(dir, rendition.name));
      } finally {
        await rm(temporary, { force: true });
      }
      written.push(rendition.name);
    }
    return written;
  } catch (error) {
    await removeFiles(dir, written);
    throw error;
  }
}

export async function removeFiles(dir: string, names: string[]): Promise<void> {
  await Promise.all(names.map((name) => rm(join(dir, name), { force: true })));
}
