import { describe, expect, it } from 'vitest';

import { fitWithin, jpegName, MAX_SIDE } from './downscale';

describe('fitWithin', () => {
  it('shrinks a phone photo to 2000 px on its longer side, keeping the aspect ratio', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1500, height: 2000 });
  });

  it('leaves small photos alone and never enlarges', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(MAX_SIDE, 10)).toEqual({ width: MAX_SIDE, height: 10 });
  });

  it('keeps at least one pixel on a very thin image', () => {
    expect(fitWithin(40000, 3)).toEqual({ width: 2000, height: 1 });
  });
});

describe('jpegName', () => {
  it('names the re-encoded photo a JPEG', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg');
    expect(jpegName('รูปบ้าน.png')).toBe('รูปบ้าน.jpg');
    expect(jpegName('.png')).toBe('photo.jpg');
  });
});
