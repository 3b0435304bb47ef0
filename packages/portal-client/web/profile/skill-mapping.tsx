import { useQuery } from '@apollo/client/react';
import { useI18n } from '@ixl/ui';
import { useEffect, useState } from 'react';
import { VocabularyMappingDocument } from '../operations.generated.js';

/**
 * Under a free-text skills field (a company's vacancy): how each of its words maps to the vocabulary that
 * matching uses ("carrello elevatore → Conduzione di carrelli elevatori"), and which words are not known yet.
 */
export function SkillMappingPreview({ skills }: { skills: string[] }) {
  const { t } = useI18n();
  const joined = skills.join('\n');
  const [texts, setTexts] = useState<string[]>(skills);
  useEffect(() => {
    // Keyed by the text (a new array each render must not restart the wait).
    const timer = setTimeout(() => setTexts(joined ? joined.split('\n') : []), 300);
    return () => clearTimeout(timer);
  }, [joined]);
  const { data } = useQuery(VocabularyMappingDocument, { variables: { texts: texts.slice(0, 50) }, skip: !texts.length });
  const rows = texts.length ? (data?.vocabularyMap ?? []) : [];
  if (!rows.length) return null;
  return (
    <div className="ixl-skill-mapping" aria-live="polite">
      <p className="ixl-field__hint">{t('profile.mapping.title')}</p>
      <ul className="ixl-plain-list">
        {rows.map((r) => (
          <li key={r.text}>
            {r.concept
              ? t('profile.mapping.known', { text: r.text, label: r.concept.label })
              : t('profile.mapping.unknown', { text: r.text })}
          </li>
        ))}
      </ul>
    </div>
  );
}
