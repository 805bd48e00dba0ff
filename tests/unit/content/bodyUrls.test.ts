import { describe, expect, it } from 'vitest';
import { linkProblem, localImage, schemeOf } from '../../../src/lib/content/bodyUrls.ts';

describe('schemeOf: as a browser reads an address', () => {
  it('drops control characters and spaces anywhere, and ignores case', () => {
    expect(schemeOf('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(schemeOf('java\tscript:alert(1)')).toBe('javascript');
    expect(schemeOf(' \u0001java\nscript:x')).toBe('javascript');
    expect(schemeOf('./a:b')).toBeUndefined();
    expect(schemeOf('#x')).toBeUndefined();
  });
});

describe('linkProblem', () => {
  it('accepts pages, mail and addresses relative to the article', () => {
    for (const url of ['https://example.com', 'http://example.com/a?b#c', 'mailto:a@b.c', '../2020-06-03-x/', '#notes', 'x/', '']) {
      expect(linkProblem(url), url).toBeUndefined();
    }
  });

  it('refuses every other scheme, protocol-relative addresses and paths from the root', () => {
    for (const url of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'tel:123', '//evil.example', '\\\\evil.example', '/articles/x/']) {
      expect(linkProblem(url), url).toBeDefined();
    }
  });
});

describe('localImage', () => {
  it('resolves a picture next to the article, from a subfolder too', () => {
    expect(localImage('./images/x.jpg', 'articles/a.mdx')).toEqual({ path: 'articles/images/x.jpg' });
    expect(localImage('images/x.JPG', 'articles/a.mdx')).toEqual({ path: 'articles/images/x.JPG' });
    expect(localImage('../images/x.webp', 'articles/2020/a.mdx')).toEqual({ path: 'articles/images/x.webp' });
    expect(localImage('./images/a%20b.png', 'articles/a.mdx')).toEqual({ path: 'articles/images/a b.png' });
  });

  it('refuses what is not a picture file of the content folder', () => {
    for (const src of [
      'https://evil.example/x.jpg',
      '//evil.example/x.jpg',
      'data:image/png;base64,AAAA',
      '/x.jpg',
      './x.jpg?raw',
      './x.jpg#y',
      './x.js',
      './x.svg',
      '.\\images\\x.jpg',
      './%E0%A4%A.jpg',
      '../../x.jpg',
    ]) {
      expect('problem' in localImage(src, 'articles/a.mdx'), src).toBe(true);
    }
  });
});
