// Components of availability that routes render.
export { Showrooms } from './components/Showrooms';
export { StockList } from './components/StockList';
