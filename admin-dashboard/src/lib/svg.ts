/**
 * The API's QR codes are inline SVG markup (segno's `svg_inline`, without an
 * xmlns). Shown as an <img> from a data: URL (the CSP allows `img-src data:`),
 * never injected into the page: an image cannot run anything, whatever it holds.
 */
export function svgDataUrl(svg: string): string {
  const trimmed = svg.trim();
  const withNamespace = /^<svg\b[^>]*\bxmlns=/.test(trimmed) ? trimmed : trimmed.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withNamespace)}`;
}
