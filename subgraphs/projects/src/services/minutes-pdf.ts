import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const SIZE = 11;
const LEADING = 15;

/** Replaces what the standard PDF font cannot draw (WinAnsi) with '?', one character at a time. */
function drawable(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}

/** Breaks a line into pieces that fit the width, at spaces (a longer word is cut). Keeps the leading indentation. */
function wrap(font: PDFFont, line: string, width: number): string[] {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const words = line.trim().split(/ +/);
  const out: string[] = [];
  let current = indent;
  for (const word of words) {
    const candidate = current.trim() ? `${current} ${word}` : `${indent}${word}`;
    if (font.widthOfTextAtSize(candidate, SIZE) <= width || !current.trim()) current = candidate;
    else {
      out.push(current);
      current = `${indent}   ${word}`;
    }
  }
  out.push(current);
  return out;
}

/**
 * The verbale as an A4 PDF (pdf-lib, Helvetica): the title line in bold, then the text as written (drafted from the
 * template, edited by the secretary), wrapped to the page, with page numbers. Meant for printing and filing.
 */
export async function minutesPdf(text: string, meta: { title: string; approved: boolean }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setLanguage('it-IT');
  doc.setProducer('IXL — Insieme per il lavoro');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = A4.width - 2 * MARGIN;
  const lines = text.split('\n');
  const pages: ReturnType<typeof doc.addPage>[] = [];
  let page = doc.addPage([A4.width, A4.height]);
  pages.push(page);
  let y = A4.height - MARGIN;
  if (!meta.approved) {
    page.drawText('BOZZA — verbale non ancora approvato', { x: MARGIN, y, size: 9, font: bold });
    y -= LEADING * 1.5;
  }
  lines.forEach((raw, index) => {
    const f = index === 0 ? bold : font;
    for (const piece of wrap(f, drawable(f, raw), width)) {
      if (y < MARGIN + LEADING) {
        page = doc.addPage([A4.width, A4.height]);
        pages.push(page);
        y = A4.height - MARGIN;
      }
      if (piece.trim()) page.drawText(piece, { x: MARGIN, y, size: index === 0 ? 13 : SIZE, font: f });
      y -= LEADING;
    }
  });
  pages.forEach((p, i) => p.drawText(`Pagina ${i + 1} di ${pages.length}`, { x: A4.width - MARGIN - 80, y: MARGIN / 2, size: 8, font }));
  return doc.save();
}
