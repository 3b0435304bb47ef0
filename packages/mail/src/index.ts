export { mailTablesSql, mailQueueColumnsSql, MAIL_CHANNEL } from './sql.js';
export { TEMPLATES, renderMail, type TemplateName, type Locale, type RenderedMail } from './templates.js';
export { enqueueMail, enqueueMails, type MailRequest } from './outbox.js';
export {
  MailSender,
  mailQueueName,
  captureTransport,
  smtpTransport,
  DEFAULT_SMTP_TIMEOUTS,
  type SmtpTimeouts,
  type MailTransport,
  type OutgoingMail,
  type MailSenderOptions,
} from './sender.js';
export {
  listCapturedMail,
  listMailDeliveryProblems,
  mailBatchProgress,
  type CapturedMail,
  type MailBatchProgress,
  type MailDeliveryProblem,
} from './admin.js';
