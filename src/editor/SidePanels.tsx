/** The analysis panels beside the inspector (warnings, composition). */
export function SidePanels() {
  return null;
}
