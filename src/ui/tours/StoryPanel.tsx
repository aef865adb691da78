import { ScenarioInfo } from '../scenarios/ScenarioInfo.tsx';
import { TourPanel } from './TourPanel.tsx';

/** The story panel: the guided tour (its narration first, when one runs) and the scenario's question and explanation. */
export function StoryPanel() {
  return (
    <div className="story">
      <TourPanel />
      <ScenarioInfo />
    </div>
  );
}
