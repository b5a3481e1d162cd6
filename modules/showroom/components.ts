// Showroom tablet and kiosk components.
export { AskConsentButton, ConsentWait, ContactLookupForm, HoldForCustomerForm, SaveToCustomerForm, TakeCallButton } from './components/tablet-forms';
export { AttractLoop, KioskActions, KioskShell } from './components/kiosk-shell';
