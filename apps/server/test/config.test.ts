import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../src/config.js';

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
      embedVersionsDir: resolve('data/embed-versions'),
      authAllowedOrigins: [],
      trustProxy: [],
      production: false,
      seedDemo: 'all',
      metricsToken: undefined,
      metricsListen: undefined,
      backup: { dir: resolve('backups'), schedule: undefined, keepDaily: 7, keepWeekly: 4, timeZone: 'Asia/Ho_Chi_Minh' },
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
      EMBED_VERSIONS_DIR: '/srv/embed-versions',
      AUTH_ALLOWED_ORIGINS: 'https://so-a.gov.vn, https://so-b.gov.vn:8443',
      REDIS_PREFIX: 'tinh-a:',
      TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1, fd00::/8',
      NODE_ENV: 'development',
      SEED_DEMO: 'content',
      METRICS_TOKEN: 'a-metrics-token-16',
      METRICS_HOST: '10.0.0.5',
      METRICS_PORT: '9464',
      BACKUP_DIR: '/mnt/backups/portal',
      BACKUP_SCHEDULE: '02:30',
      BACKUP_KEEP_DAILY: '14',
      BACKUP_KEEP_WEEKLY: '8',
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
      embedVersionsDir: '/srv/embed-versions',
      authAllowedOrigins: ['https://so-a.gov.vn', 'https://so-b.gov.vn:8443'],
      trustProxy: ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'],
      production: false,
      seedDemo: 'content',
      metricsToken: 'a-metrics-token-16',
      metricsListen: { host: '10.0.0.5', port: 9464 },
      backup: { dir: '/mnt/backups/portal', schedule: { hour: 2, minute: 30 }, keepDaily: 14, keepWeekly: 8, timeZone: 'Asia/Ho_Chi_Minh' },
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
    ['NODE_ENV', 'prod', /^NODE_ENV must be one of production, development, test \(or unset\); got "prod"\.$/],
    [
      'SEED_DEMO',
      'maybe',
      /^SEED_DEMO must be 1 \(demo content and visits\), content \(demo content only\) or 0 \(nothing\); got "maybe"\.$/,
    ],
    ['METRICS_TOKEN', 'short', /^METRICS_TOKEN must be 16 to 256 printable characters without spaces \(its value is not shown\)\.$/],
    ['METRICS_TOKEN', 'sixteen chars with spaces', /^METRICS_TOKEN must be 16 to 256 /],
    ['METRICS_PORT', '99999', /^METRICS_PORT must be a whole number from 1 to 65535; got "99999"\.$/],
    ['METRICS_PORT', '8080', /^METRICS_PORT must differ from PORT \(8080\): \/metrics gets a listener of its own\.$/],
    ['METRICS_HOST', '127.0.0.1', /^METRICS_HOST needs METRICS_PORT: the port of the metrics listener\.$/],
    [
      'BACKUP_SCHEDULE',
      '25:00',
      /^BACKUP_SCHEDULE must be a time of day such as 02:30 \(24-hour, Asia\/Ho_Chi_Minh\) or off; got "25:00"\.$/,
    ],
    ['BACKUP_KEEP_DAILY', '-1', /^BACKUP_KEEP_DAILY must be a whole number from 0 to 9999; got "-1"\.$/],
  ];
  for (const [name, value, message] of invalid) {
    test(`rejects ${name}=${value}`, () => {
      assert.throws(() => loadConfig({ [name]: value }), { message });
    });
  }

  test('the token is never part of a message', () => {
    assert.throws(
      () => loadConfig({ METRICS_TOKEN: 'geheim' }),
      (error: Error) => !error.message.includes('geheim'),
    );
  });

  test('SEED_DEMO takes 1/true/yes/all, content, 0/false/no/none, in any case', () => {
    const seed = (value: string) => loadConfig({ SEED_DEMO: value }).seedDemo;
    assert.deepEqual(['1', 'TRUE', 'yes', 'all'].map(seed), ['all', 'all', 'all', 'all']);
    assert.equal(seed('Content'), 'content');
    assert.deepEqual(['0', 'false', 'No', 'none'].map(seed), ['none', 'none', 'none', 'none']);
  });

  test('lists every problem together, one line each, in a ConfigError', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', REDIS_URL: 'cache', SEED_DEMO: '2', BACKUP_SCHEDULE: 'nightly' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(
          error.problems.map((line) => line.split(' ')[0]),
          ['PORT', 'LOG_LEVEL', 'REDIS_URL', 'SEED_DEMO', 'BACKUP_SCHEDULE'],
        );
        assert.equal(error.message, error.problems.join('\n'));
        return true;
      },
    );
  });
});

describe('loadConfig with NODE_ENV=production', () => {
  const GOOD = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://tintuc.example.gov.vn',
    METRICS_TOKEN: 'c'.repeat(32),
    AUTH_ALLOWED_ORIGINS: 'https://so-a.gov.vn',
    REDIS_URL: 'redis://:secret@cache.internal:6379',
  };

  test('a secure configuration loads, and seeds nothing by default', () => {
    const config = loadConfig(GOOD);
    assert.equal(config.production, true);
    assert.equal(config.seedDemo, 'none');
    assert.equal(config.publicUrl, 'https://tintuc.example.gov.vn');
    assert.equal(loadConfig({ ...GOOD, SEED_DEMO: '1' }).seedDemo, 'all');
    // A Redis on the same host needs no password.
    assert.equal(loadConfig({ ...GOOD, REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl, 'redis://127.0.0.1:6379');
  });

  const refused: [what: string, env: Record<string, string>, line: string][] = [
    ['no PUBLIC_URL', { PUBLIC_URL: '' }, 'PUBLIC_URL must be set in production: the absolute https URL of the portal as browsers see it.'],
    [
      'an http PUBLIC_URL',
      { PUBLIC_URL: 'http://tintuc.example.gov.vn' },
      'PUBLIC_URL must be an absolute https URL in production (session cookies are sent over https only); got "http://tintuc.example.gov.vn".',
    ],
    [
      'an http allowed origin',
      { AUTH_ALLOWED_ORIGINS: 'https://so-a.gov.vn,http://so-b.gov.vn' },
      'AUTH_ALLOWED_ORIGINS must list https origins in production; got "http://so-b.gov.vn".',
    ],
    [
      'a short metrics token',
      { METRICS_TOKEN: 'c'.repeat(20) },
      'METRICS_TOKEN must be at least 32 characters in production (e.g. openssl rand -hex 32).',
    ],
    [
      'a remote Redis without a password',
      { REDIS_URL: 'redis://cache.internal:6379' },
      'REDIS_URL must carry a password (redis://:PASSWORD@host) for a Redis on another host in production.',
    ],
  ];
  for (const [what, env, line] of refused) {
    test(`refuses ${what}`, () => {
      assert.throws(() => loadConfig({ ...GOOD, ...env }), { message: line });
    });
  }

  test('an invalid PUBLIC_URL is one problem, not two', () => {
    assert.throws(() => loadConfig({ ...GOOD, PUBLIC_URL: 'ftp://x' }), {
      message: 'PUBLIC_URL must be an absolute http:// or https:// URL; got "ftp://x".',
    });
  });

  test('the same values pass outside production', () => {
    assert.doesNotThrow(() =>
      loadConfig({ ...GOOD, NODE_ENV: '', PUBLIC_URL: 'http://tintuc.example.gov.vn', METRICS_TOKEN: 'c'.repeat(20) }),
    );
  });
});
