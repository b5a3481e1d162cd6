// The departments map (projection in ./france-map.ts).
export { FranceMap, type FranceMapMarker, type FranceMapProps } from './components/FranceMap';
