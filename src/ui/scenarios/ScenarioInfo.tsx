import { useT } from '../i18n/useT.ts';
import { useViewStore } from '../state/viewStore.ts';
import { localizedText } from './localized.ts';
import { useTeachingStore } from './teachingStore.ts';

/** The loaded scenario's title, explanation and the question it answers (plain text). */
export function ScenarioInfo() {
  const t = useT();
  const lang = useViewStore((s) => s.language);
  const info = useTeachingStore((s) => s.info);
  if (!info) return null;
  const explain = localizedText(info.explain, lang);
  const question = localizedText(info.question, lang);
  return (
    <section className="scenario-info" aria-label={t('teach.about')} data-testid="scenario-info">
      <h2>{localizedText(info.titles, lang, info.title) || t('teach.untitled')}</h2>
      {question && (
        <p className="scenario-question">
          <strong>{t('teach.question')}</strong> {question}
        </p>
      )}
      {explain && <p className="scenario-explain">{explain}</p>}
    </section>
  );
}
