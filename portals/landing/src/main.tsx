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
