import { createServer, type Server } from 'node:net';

/** One message as the SMTP catcher received it, decoded: envelope recipients, subject, text part. */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

export interface SmtpCatcher {
  port: number;
  url: string;
  received: CaughtMail[];
  /** Messages still to refuse with a temporary failure (451) before accepting, e.g. to test retries. */
  failNext: { count: number };
  /** The first message to `to` (case-insensitive) matching `match`, waiting for it (throws after `timeoutMs`). */
  waitFor(to: string, match?: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  /** The messages to `to` so far. */
  to(address: string): CaughtMail[];
  close(): Promise<void>;
}

const qp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
}

/** The text/plain part of a MIME message (quoted-printable or base64), else the whole body. */
function textOf(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  // Whitespace between two encoded words is not part of the text (RFC 2047).
  const subject = decodeWords((/^subject: (.*)$/im.exec(unfolded)?.[1] ?? '').replace(/\?=\s+=\?/g, '?==?'));
  const body = rest.join('\n\n');
  const parts = body.split(/\r?\n--[^\r\n]+/);
  for (const part of [head + '\n\n' + body, ...parts]) {
    const [h = '', ...b] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    if (!/content-type:\s*text\/plain/i.test(h)) continue;
    const content = b.join('\n\n');
    if (/content-transfer-encoding:\s*base64/i.test(h))
      return { subject, text: Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8') };
    if (/content-transfer-encoding:\s*quoted-printable/i.test(h)) return { subject, text: qp(content) };
    return { subject, text: content };
  }
  return { subject, text: body };
}

/**
 * A real SMTP server for tests (plain, no auth) that keeps what it receives: the test stack's mail sender
 * delivers to it (`bootTestStack({ smtp: true })`), tests read the links people get by mail from it, and the
 * mail package's tests make it refuse a message for a while (`failNext`).
 */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const received: CaughtMail[] = [];
  const failNext = { count: 0 };
  const waiters = new Set<() => void>();
  const server: Server = createServer((socket) => {
    let to: string[] = [];
    let data = '';
    let inData = false;
    let buffer = '';
    socket.write('220 catcher ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            if (failNext.count > 0) {
              failNext.count--;
              socket.write('451 try again later\r\n');
            } else {
              const raw = Buffer.from(data, 'latin1').toString('utf8');
              received.push({ to, raw, ...textOf(raw) });
              for (const wake of waiters) wake();
              socket.write('250 queued\r\n');
            }
            to = [];
            data = '';
          } else data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-catcher\r\n250 8BITMIME\r\n');
        else if (cmd === 'MAIL' || cmd === 'RSET' || cmd === 'NOOP') socket.write('250 ok\r\n');
        else if (cmd === 'RCPT') {
          to.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          socket.write('250 ok\r\n');
        } else if (cmd === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (cmd === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const mailsTo = (address: string) => received.filter((m) => m.to.includes(address.toLowerCase()));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext,
    to: mailsTo,
    async waitFor(to, match = () => true, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const found = mailsTo(to).find(match);
        if (found) return found;
        const left = end - Date.now();
        if (left <= 0) throw new Error(`no mail to ${to} within ${timeoutMs} ms (${received.length} received)`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 500));
          waiters.add(wake);
        });
      }
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The `token` of the first link to `/<portal>/<page>?token=…` in a mail. */
export function linkToken(mail: CaughtMail, page: string): string {
  const m = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!m?.[1]) throw new Error(`no ${page} link in the mail "${mail.subject}":\n${mail.text}`);
  return m[1];
}

/** The whole link (for a browser) to `/<portal>/<page>?token=…` in a mail. */
export function linkUrl(mail: CaughtMail, page: string): string {
  const m = new RegExp(`https?://[^\\s]+/${page}\\?token=[A-Za-z0-9_-]+`).exec(mail.text);
  if (!m?.[0]) throw new Error(`no ${page} link in the mail "${mail.subject}"`);
  return m[0];
}
