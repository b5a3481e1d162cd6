// Showroom tablet and kiosk components.
export { AskConsentButton, ConsentWait, ContactLookupForm, HoldForCustomerForm, SaveToCustomerForm, StartOrderForm, TakeCallButton } from './components/tablet-forms';
export { AttractLoop, KioskActions, KioskShell } from './components/kiosk-shell';
export { QrScanner } from './components/qr-scanner';
