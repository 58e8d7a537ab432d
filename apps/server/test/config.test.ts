import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  test('uses the documented defaults for an empty environment', () => {
    assert.deepEqual(loadConfig({}), {
      port: 8080,
      host: '127.0.0.1',
      dataDir: resolve('data'),
      mediaDir: resolve('data/media'),
      publicUrl: 'http://127.0.0.1:8080',
      databaseUrl: undefined,
      redisUrl: undefined,
      redisPrefix: 'ap:',
      logLevel: 'info',
      embedDir: fileURLToPath(new URL('../../embed/dist', import.meta.url)),
      authAllowedOrigins: [],
      trustProxy: [],
    });
  });

  test('reads every variable and treats empty values as unset', () => {
    const config = loadConfig({
      PORT: '3000',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/portal',
      PUBLIC_URL: 'https://tintuc.example.gov.vn/',
      DATABASE_URL: 'postgres://portal:secret@db:5432/portal',
      REDIS_URL: 'redis://cache:6379',
      LOG_LEVEL: 'debug',
      EMBED_DIR: '/srv/embed',
      AUTH_ALLOWED_ORIGINS: 'https://so-a.gov.vn, https://so-b.gov.vn:8443',
      REDIS_PREFIX: 'tinh-a:',
      TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1, fd00::/8',
    });
    assert.deepEqual(config, {
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/var/lib/portal',
      mediaDir: '/var/lib/portal/media',
      publicUrl: 'https://tintuc.example.gov.vn',
      databaseUrl: 'postgres://portal:secret@db:5432/portal',
      redisUrl: 'redis://cache:6379',
      redisPrefix: 'tinh-a:',
      logLevel: 'debug',
      embedDir: '/srv/embed',
      authAllowedOrigins: ['https://so-a.gov.vn', 'https://so-b.gov.vn:8443'],
      trustProxy: ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'],
    });
    assert.equal(loadConfig({ PORT: '', LOG_LEVEL: ' ' }).port, 8080);
    assert.equal(loadConfig({ DATA_DIR: '/var/lib/portal', MEDIA_DIR: '/mnt/shared/media/' }).mediaDir, '/mnt/shared/media');
  });

  test('derives PUBLIC_URL from HOST and PORT, with brackets for IPv6', () => {
    assert.equal(loadConfig({ HOST: 'localhost', PORT: '9000' }).publicUrl, 'http://localhost:9000');
    assert.equal(loadConfig({ HOST: '::1' }).publicUrl, 'http://[::1]:8080');
  });

  const invalid: [name: string, value: string, message: RegExp][] = [
    ['PORT', 'abc', /^PORT must be a whole number from 1 to 65535; got "abc"\.$/],
    ['PORT', '70000', /^PORT must be .*; got "70000"\.$/],
    ['PORT', '0', /^PORT must be .*; got "0"\.$/],
    ['PORT', '80.5', /^PORT must be .*; got "80\.5"\.$/],
    ['LOG_LEVEL', 'verbose', /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"\.$/],
    ['PUBLIC_URL', 'example.gov.vn', /^PUBLIC_URL must be an absolute http:\/\/ or https:\/\/ URL; got "example\.gov\.vn"\.$/],
    ['PUBLIC_URL', 'ftp://example.gov.vn', /^PUBLIC_URL must be .*; got "ftp:\/\/example\.gov\.vn"\.$/],
    [
      'DATABASE_URL',
      'mysql://portal:secret@db/portal',
      /^DATABASE_URL must be an absolute postgres:\/\/ or postgresql:\/\/ URL; got "mysql:\/\/\*\*\*@db\/portal"\.$/,
    ],
    ['REDIS_URL', 'cache:6379', /^REDIS_URL must be an absolute redis:\/\/ or rediss:\/\/ URL; got "cache:6379"\.$/],
    ['REDIS_PREFIX', 'ap portal', /^REDIS_PREFIX must be 1 to 64 letters, digits or the characters _ : \. -; got "ap portal"\.$/],
    [
      'TRUST_PROXY',
      'lb.example.vn',
      /^TRUST_PROXY must list IP addresses or CIDR ranges such as 10\.0\.0\.0\/8, comma-separated; got "lb\.example\.vn"\.$/,
    ],
    ['TRUST_PROXY', '10.0.0.0/33', /^TRUST_PROXY must list .*; got "10\.0\.0\.0\/33"\.$/],
  ];
  for (const [name, value, message] of invalid) {
    test(`rejects ${name}=${value}`, () => {
      assert.throws(() => loadConfig({ [name]: value }), { message });
    });
  }
});
