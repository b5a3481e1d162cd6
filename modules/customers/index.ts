// Pure entry of the customers module: the profile's schema, shared by the form and the server.
export { normalizeStoredPhone, PROFILE_NAME_MAX, ZProfile, ZRename, type Profile, type ProfileInput } from './profile';
