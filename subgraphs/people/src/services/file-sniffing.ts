/** Document types accepted for upload, recognised from their first bytes (the declared type is ignored). */
export type SniffedType = { contentType: string; extension: string };

const PDF = Buffer.from('%PDF-');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function sniffDocumentType(bytes: Buffer): SniffedType | null {
  if (bytes.subarray(0, PDF.length).equals(PDF)) return { contentType: 'application/pdf', extension: 'pdf' };
  if (bytes.subarray(0, JPEG.length).equals(JPEG)) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (bytes.subarray(0, PNG.length).equals(PNG)) return { contentType: 'image/png', extension: 'png' };
  // DOCX is a ZIP (OOXML) package whose parts live under word/ (entry names are stored uncompressed).
  if (bytes.subarray(0, ZIP.length).equals(ZIP) && bytes.includes('word/') && bytes.includes('[Content_Types].xml')) {
    return { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
  }
  return null;
}

/** A safe display name for a stored file: no path, no control characters, at most 150 characters. */
export function safeFileName(raw: string | undefined, fallback: string): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep as sent
  }
  name = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 150);
  return name || fallback;
}
