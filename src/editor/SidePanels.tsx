import { Warnings } from '../panels/Warnings';
import { CompositionChart } from '../panels/CompositionChart';

/** The analysis panels beside the inspector. */
export function SidePanels() {
  return (
    <>
      <Warnings />
      <CompositionChart />
    </>
  );
}
