import { describe, expect, it } from 'vitest';
import { describeBuyerPage } from './page-description';

describe('the buyer page an advisor sees', () => {
  it('names the section and the configured car instead of the query string', () => {
    const page = '/configure/horizon?m=horizon&t=horizon-hybrid-evolution&p=rouge-vif&w=sport&i=tissu-gris';
    expect(describeBuyerPage(page, 'fr')).toBe('Configurateur · Virage Horizon Hybride 160 Évolution, Rouge Vif');
    expect(describeBuyerPage(page, 'en')).toBe('Configurator · Virage Horizon Hybrid 160 Evolution, Vivid Red');
    expect(describeBuyerPage('/financing?m=horizon&t=horizon-hybrid-evolution&p=rouge-vif', 'fr')).toBe('Financement · Virage Horizon Hybride 160 Évolution, Rouge Vif');
  });

  it('names other sections plainly, and keeps an unknown page as its path', () => {
    expect(describeBuyerPage('/', 'fr')).toBe('Accueil');
    expect(describeBuyerPage('/orders/abc', 'en')).toBe('Order tracking');
    expect(describeBuyerPage('/configure/horizon', 'fr')).toMatch(/^Configurateur · Virage Horizon /);
    expect(describeBuyerPage('/legal/cgv?x=1', 'fr')).toBe('/legal/cgv');
  });
});
