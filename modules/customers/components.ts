// The customer's sign-in and sign-up forms.
export { SignInForm } from './components/sign-in-form';
export { SignUpForm } from './components/sign-up-form';
