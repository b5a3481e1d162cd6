// Components of the catalogue that routes render: the configurator, its print and share bits, the car pictures.
export { Configurator } from './configurator/Configurator';
export { KioskConfigurator } from './configurator/KioskConfigurator';
export { PrintButton } from './configurator/PrintButton';
export { SaveAndShare } from './configurator/SaveAndShare';
export { PriceLines } from './configurator/Summary';
export { NextSteps } from './configurator/NextSteps';
export { ConfigurationStill } from './components/ConfigurationStill';
export { CarStill } from './components/CarStill';
export { bundledManifest } from './components/bundled-manifest';
export { SaveToGarageButton } from './components/save-to-garage-button';
export { BaselineBox } from './components/BaselineBox';
export { OrderButton } from './configurator/OrderButton';
