import type { Configuration } from '../types';
import { encodeConfiguration } from '../url-encode';

/** The configurator's address for a configuration: the whole car is in the query string. */
export const hrefOf = (c: Configuration): string => `/configure/${encodeURIComponent(c.model)}?${encodeConfiguration(c)}`;
