import { ClassroomToggle } from '../classroom/ClassroomToggle.tsx';
import { PanelsMenu } from '../classroom/PanelsMenu.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { FileControls } from './FileControls.tsx';

/** The toolbar's teaching controls: files, panels, export and classroom mode (hidden when embedded). */
export function TeachingControls() {
  return (
    <span className="teaching-controls">
      <FileControls />
      <PanelsMenu />
      <ExportMenu />
      <ClassroomToggle />
    </span>
  );
}
