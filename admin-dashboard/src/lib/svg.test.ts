import { describe, expect, it } from 'vitest';

import { svgDataUrl } from './svg';

const decode = (url: string) => decodeURIComponent(url.replace('data:image/svg+xml;charset=utf-8,', ''));

describe('svgDataUrl', () => {
  it('adds the SVG namespace an <img> needs, once', () => {
    const url = svgDataUrl('<svg viewBox="0 0 10 10" class="segno"><path d="M0 0h1"/></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decode(url)).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="segno"><path d="M0 0h1"/></svg>');
    const again = svgDataUrl(decode(url));
    expect(decode(again).match(/xmlns=/g)).toHaveLength(1);
  });

  it('escapes what would end the URL or the attribute', () => {
    expect(svgDataUrl('<svg><text>#"\'</text></svg>')).not.toMatch(/[#"<>\s]/);
  });
});
