/**
 * Metropolitan France by department with markers at given lat/lon. Pure SVG: renders on the
 * server, needs no client JavaScript and no tile server. Points outside metropolitan France
 * (overseas) are left out.
 */
import { DEPARTMENT_SHAPES, MAP_HEIGHT, MAP_WIDTH, isOnMap, projectToMap } from '@/modules/geo/france-map';

export type FranceMapMarker = { id: string; lat: number; lon: number; label: string; highlighted?: boolean };

export type FranceMapProps = {
  markers: readonly FranceMapMarker[];
  buyerLocation?: { lat: number; lon: number; label: string };
  /** Accessible name of the whole map; say what it shows ("Concessions Virage près de Lyon"). */
  label: string;
  className?: string;
  /** Draws the map around the markers only (with a margin) instead of the whole country. */
  zoomToMarkers?: boolean;
};

const COLORS = {
  land: 'var(--france-map-land, #eef0f3)',
  border: 'var(--france-map-border, #c5cad3)',
  marker: 'var(--france-map-marker, #1f2937)',
  highlighted: 'var(--france-map-highlight, #d9480f)',
  buyer: 'var(--france-map-buyer, #1971c2)',
  halo: 'var(--france-map-halo, #ffffff)',
};

export function FranceMap({ markers, buyerLocation, label, className, zoomToMarkers = false }: FranceMapProps) {
  const placed = markers
    .map((marker) => ({ marker, point: projectToMap(marker.lat, marker.lon) }))
    .filter(({ point }) => isOnMap(point));
  const buyer = buyerLocation ? projectToMap(buyerLocation.lat, buyerLocation.lon) : undefined;
  const shownBuyer = buyer && isOnMap(buyer) ? buyer : undefined;
  const view = zoomToMarkers ? viewAround([...placed.map((p) => p.point), ...(shownBuyer ? [shownBuyer] : [])]) : fullView;
  // Marker size follows the zoom so it stays the same on screen.
  const scale = view.width / MAP_WIDTH;
  const radius = 5.5 * scale;
  // Highlighted markers last, so they are drawn on top.
  const ordered = [...placed].sort((a, b) => Number(a.marker.highlighted ?? false) - Number(b.marker.highlighted ?? false));

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${round(view.x)} ${round(view.y)} ${round(view.width)} ${round(view.height)}`}
      role="img"
      aria-label={label}
      className={className}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{label}</title>
      <g fill={COLORS.land} stroke={COLORS.border} strokeWidth={0.6 * scale} strokeLinejoin="round">
        {DEPARTMENT_SHAPES.map((dep) => (
          <path key={dep.code} d={dep.d} data-departement={dep.code} />
        ))}
      </g>
      {ordered.map(({ marker, point }) => (
        <g key={marker.id} data-marker-id={marker.id} data-highlighted={marker.highlighted ? 'true' : undefined}>
          <title>{marker.label}</title>
          <circle
            cx={round(point.x)}
            cy={round(point.y)}
            r={round(marker.highlighted ? radius * 1.5 : radius)}
            fill={marker.highlighted ? COLORS.highlighted : COLORS.marker}
            stroke={COLORS.halo}
            strokeWidth={1.2 * scale}
          />
        </g>
      ))}
      {shownBuyer && buyerLocation ? (
        <g data-buyer-location="true">
          <title>{buyerLocation.label}</title>
          <rect
            x={round(shownBuyer.x - radius)}
            y={round(shownBuyer.y - radius)}
            width={round(radius * 2)}
            height={round(radius * 2)}
            transform={`rotate(45 ${round(shownBuyer.x)} ${round(shownBuyer.y)})`}
            fill={COLORS.buyer}
            stroke={COLORS.halo}
            strokeWidth={1.2 * scale}
          />
        </g>
      ) : null}
    </svg>
  );
}

type View = { x: number; y: number; width: number; height: number };

const fullView: View = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };

/** Smallest box with the map's aspect ratio around the points, at least 80 units (~140 km) wide. */
function viewAround(points: Array<{ x: number; y: number }>): View {
  if (points.length === 0) return fullView;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const margin = 30;
  let width = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * margin, 80);
  let height = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * margin, 80);
  const aspect = MAP_WIDTH / MAP_HEIGHT;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

const round = (n: number) => Math.round(n * 10) / 10;
