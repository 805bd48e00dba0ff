import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../../src/lib/content/folder.ts';
import { contentFolder, contentRoot } from '../../../src/node/contentDir.ts';

describe('contentFolder', () => {
  it('is CONTENT_DIR as written when it is set, and the default folder when it is unset or empty', () => {
    expect(contentFolder({ CONTENT_DIR: '../preview' })).toBe('../preview');
    expect(contentFolder({})).toBe(DEFAULT_CONTENT_DIR);
    expect(contentFolder({ CONTENT_DIR: '' })).toBe(DEFAULT_CONTENT_DIR);
  });
});

describe('contentRoot', () => {
  it('resolves the folder against the project root, or takes an absolute one as it is', () => {
    expect(contentRoot('/project', {})).toBe(resolve('/project', DEFAULT_CONTENT_DIR));
    expect(contentRoot('/project', { CONTENT_DIR: 'tests/fixtures/x' })).toBe('/project/tests/fixtures/x');
    expect(contentRoot('/project', { CONTENT_DIR: '/elsewhere/content' })).toBe('/elsewhere/content');
  });
});
