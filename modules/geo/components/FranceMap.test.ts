import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FranceMap, type FranceMapProps } from './FranceMap';

const render = (props: FranceMapProps) => renderToStaticMarkup(createElement(FranceMap, props));

const markers = [
  { id: 'lyon-7', lat: 45.7333, lon: 4.8333, label: 'Virage Lyon Gerland' },
  { id: 'paris-15', lat: 48.8412, lon: 2.3003, label: 'Virage Paris Vaugirard', highlighted: true },
  { id: 'saint-denis-re', lat: -20.8823, lon: 55.4504, label: 'Virage La Réunion' },
];

describe('FranceMap', () => {
  it('is an image with an accessible name and a title per marker', () => {
    const html = render({ markers, label: 'Nos concessions' });
    expect(html).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="Nos concessions"/);
    expect(html).toContain('<title>Nos concessions</title>');
    expect(html).toContain('<title>Virage Lyon Gerland</title>');
    expect(html).toContain('<title>Virage Paris Vaugirard</title>');
    expect((html.match(/data-departement=/g) ?? []).length).toBe(96);
  });

  it('leaves out markers outside metropolitan France', () => {
    const html = render({ markers, label: 'Nos concessions' });
    expect(html).not.toContain('La Réunion');
    expect((html.match(/data-marker-id=/g) ?? []).length).toBe(2);
  });

  it('draws highlighted markers larger and last', () => {
    const html = render({ markers, label: 'Nos concessions' });
    const lyon = html.indexOf('data-marker-id="lyon-7"');
    const paris = html.indexOf('data-marker-id="paris-15"');
    expect(paris).toBeGreaterThan(lyon);
    const radii = [...html.matchAll(/<circle[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(radii[1]).toBeGreaterThan(radii[0]!);
  });

  it('shows the buyer location with its own title', () => {
    const html = render({ markers, label: 'Carte', buyerLocation: { lat: 45.76, lon: 4.88, label: 'Votre adresse' } });
    expect(html).toContain('data-buyer-location="true"');
    expect(html).toContain('<title>Votre adresse</title>');
  });

  it('can zoom on the markers', () => {
    const html = render({ markers: markers.slice(0, 1), label: 'Lyon', zoomToMarkers: true });
    const viewBox = /viewBox="([^"]+)"/.exec(html)?.[1]?.split(' ').map(Number) ?? [];
    expect(viewBox).toHaveLength(4);
    expect(viewBox[2]).toBeLessThan(200);
  });
});
