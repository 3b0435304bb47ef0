import { I18nProvider, LanguageSwitch, useI18n } from '@ixl/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LANDING_MESSAGES } from './messages.js';
import '@ixl/ui/theme.css';

/** The five portals, by the path the gateway serves them under. */
export const PORTALS = [
  { path: 'beneficiario', key: 'beneficiary' },
  { path: 'azienda', key: 'company' },
  { path: 'ente', key: 'training' },
  { path: 'comitato', key: 'committee' },
  { path: 'staff', key: 'staff' },
] as const;

function Landing() {
  const { t } = useI18n();
  return (
    <>
      <header className="ixl-header">
        <div className="ixl-header__bar">
          <span className="ixl-header__title">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="ixl-main">
        <h1>{t('landing.title')}</h1>
        <p>{t('landing.intro')}</p>
        <ul className="ixl-grid" style={{ listStyle: 'none', padding: 0 }}>
          {PORTALS.map((p) => (
            <li key={p.path} className="ixl-card">
              <h2>
                <a href={`/${p.path}/`}>{t(`landing.${p.key}.title`)}</a>
              </h2>
              <p>{t(`landing.${p.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </main>
      <footer className="ixl-footer" aria-labelledby="footer-title">
        <h2 id="footer-title" className="ixl-sr-only">
          {t('footer.title')}
        </h2>
        <nav aria-label={t('footer.nav')}>
          <ul>
            <li>
              <a href="#privacy">{t('footer.privacy.title')}</a>
            </li>
            <li>
              <a href="#accessibilita">{t('footer.accessibility.title')}</a>
            </li>
            <li>
              <a href="#contatti">{t('footer.contacts.title')}</a>
            </li>
          </ul>
        </nav>
        <section id="privacy" aria-labelledby="privacy-title">
          <h3 id="privacy-title">{t('footer.privacy.title')}</h3>
          <p>{t('footer.privacy.text')}</p>
        </section>
        <section id="accessibilita" aria-labelledby="accessibility-title">
          <h3 id="accessibility-title">{t('footer.accessibility.title')}</h3>
          <p>{t('footer.accessibility.text')}</p>
        </section>
        <section id="contatti" aria-labelledby="contacts-title">
          <h3 id="contacts-title">{t('footer.contacts.title')}</h3>
          <p>
            {t('footer.contacts.text')} <a href="https://www.insiemeperillavoro.it/">www.insiemeperillavoro.it</a>
          </p>
        </section>
      </footer>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <I18nProvider messages={LANDING_MESSAGES}>
      <Landing />
    </I18nProvider>
  </StrictMode>,
);
