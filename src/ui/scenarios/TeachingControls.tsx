import { ClassroomToggle } from '../classroom/ClassroomToggle.tsx';
import { PanelsMenu } from '../classroom/PanelsMenu.tsx';
import { FileMenu } from '../export/ExportMenu.tsx';

/** The toolbar's teaching controls: files and export, panels and classroom mode (hidden when embedded). */
export function TeachingControls() {
  return (
    <span className="teaching-controls">
      <FileMenu />
      <PanelsMenu />
      <ClassroomToggle />
    </span>
  );
}
