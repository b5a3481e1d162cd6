// The customer's sign-in and sign-up forms, and the forms of their own account.
export { SignInForm } from './components/sign-in-form';
export { SignUpForm } from './components/sign-up-form';
export { ProfileForm } from './components/profile-form';
export { DeleteAccountForm, SavedCarActions } from './components/account-forms';
