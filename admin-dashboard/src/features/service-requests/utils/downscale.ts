/**
 * Phone photos are 4000 px and several megabytes; residents upload them over a
 * mobile connection. Before upload, an image larger than MAX_SIDE is drawn onto
 * a canvas at most MAX_SIDE on its longer side and sent as a JPEG (the server
 * re-encodes it anyway and drops EXIF). Anything the browser cannot decode is
 * sent as it is, and the server says what is wrong with it.
 */
export const MAX_SIDE = 2000;
export const JPEG_QUALITY = 0.85;

/** The size that fits within `max` on its longer side, keeping the aspect ratio (never larger). */
export function fitWithin(width: number, height: number, max: number = MAX_SIDE): { width: number; height: number } {
  const longer = Math.max(width, height);
  if (longer <= max || longer <= 0) return { width, height };
  const scale = max / longer;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A JPEG name for a re-encoded photo: "IMG_0001.HEIC" → "IMG_0001.jpg". */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'photo';
  return `${base}.jpg`;
}

export interface Prepared {
  blob: Blob;
  name: string;
}

/** The photo ready to send: downscaled to a JPEG when it is large, otherwise unchanged. */
export async function prepareImage(file: File): Promise<Prepared> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { blob: file, name: file.name };
  }
  const size = fitWithin(bitmap.width, bitmap.height);
  if (size.width === bitmap.width && size.height === bitmap.height && file.size <= 3 * 1024 * 1024) {
    bitmap.close();
    return { blob: file, name: file.name };
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) {
    bitmap.close();
    return { blob: file, name: file.name };
  }
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  return blob ? { blob, name: jpegName(file.name) } : { blob: file, name: file.name };
}
