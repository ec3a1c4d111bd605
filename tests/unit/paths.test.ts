import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, referenceDataDir } from '../../src/lib/environment.ts';

describe('configurable folders', () => {
  it('default to content/ and ../shared/data', () => {
    expect(contentDir({})).toBe(resolve('content'));
    expect(referenceDataDir({})).toBe(resolve('../shared/data'));
  });
  it('follow CONTENT_DIR and LLWYBRAU_DATA_DIR', () => {
    expect(contentDir({ CONTENT_DIR: '/tmp/c' })).toBe('/tmp/c');
    expect(referenceDataDir({ LLWYBRAU_DATA_DIR: '/srv/data' })).toBe('/srv/data');
  });
});
