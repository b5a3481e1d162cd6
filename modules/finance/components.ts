// Components of finance that routes render.
export { FinancingPanel } from './components/FinancingPanel';
export { DeleteSimulationButton } from './components/DeleteSimulationButton';
