import { inflateSync } from 'node:zlib';

/** The text drawn in a PDF written by pdf-lib: inflates its content streams and decodes the hex strings (WinAnsi). */
export function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      body = m[1] ?? '';
    }
    for (const h of body.matchAll(/<([0-9A-Fa-f]+)> Tj/g)) out.push(new TextDecoder('windows-1252').decode(Buffer.from(h[1] ?? '', 'hex')));
  }
  return out.join('\n');
}
