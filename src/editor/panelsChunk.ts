// The side panels as one chunk: fetched while the map renders, drawn once React Flow has measured it.
export { PartnerList } from '../panels/PartnerList';
export { Inspector } from '../panels/Inspector';
export { SidePanels } from './SidePanels';
