'use client';
import { Configurator, type ConfiguratorProps } from './Configurator';
import { KioskModeContext } from './kiosk-mode';

/** The configurator for a showroom kiosk (see kiosk-mode.ts). */
export function KioskConfigurator({ dealership, ...props }: ConfiguratorProps & { dealership: string }) {
  return (
    <KioskModeContext value={{ dealership }}>
      <Configurator {...props} />
    </KioskModeContext>
  );
}
