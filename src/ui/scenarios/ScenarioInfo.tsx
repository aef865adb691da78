import { useT } from '../i18n/useT.ts';
import { useViewStore } from '../state/viewStore.ts';
import { localizedText } from './localized.ts';
import { useTeachingStore } from './teachingStore.ts';

/** The loaded scenario's title in the UI's language ('' before one is loaded, "Untitled" when it has none). */
export function useScenarioTitle(): string {
  const t = useT();
  const lang = useViewStore((s) => s.language);
  const info = useTeachingStore((s) => s.info);
  if (!info) return '';
  return localizedText(info.titles, lang, info.title) || t('teach.untitled');
}

/** The loaded scenario's title on one line of the toolbar (the story panel has the rest). */
export function ScenarioTitle() {
  const title = useScenarioTitle();
  if (!title) return <span className="scenario-title" />;
  return <span className="scenario-title" title={title}>{title}</span>;
}

/** The loaded scenario's title, the question it answers and its explanation (plain text; the explanation folds away). */
export function ScenarioInfo() {
  const t = useT();
  const lang = useViewStore((s) => s.language);
  const info = useTeachingStore((s) => s.info);
  const title = useScenarioTitle();
  if (!info) return null;
  const explain = localizedText(info.explain, lang);
  const question = localizedText(info.question, lang);
  return (
    <section className="scenario-info" aria-label={t('teach.about')} data-testid="scenario-info">
      <h3>{title}</h3>
      {question && (
        <p className="scenario-question">
          <strong>{t('teach.question')}</strong> {question}
        </p>
      )}
      {explain && (
        <details className="scenario-explain">
          <summary>{t('teach.explanation')}</summary>
          <p>{explain}</p>
        </details>
      )}
    </section>
  );
}
