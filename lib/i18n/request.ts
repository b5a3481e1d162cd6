import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultTimeZone, isLocale, localeCookie, negotiateLocale, type Locale } from './config';
import { DATE_FORMATS } from './format';

export async function currentLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale((await headers()).get('accept-language'));
}

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  const messages = (await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> };
  return {
    locale,
    messages: messages.default,
    timeZone: defaultTimeZone,
    formats: {
      // Whole euros without « ,00 », as the configurator writes prices; cents when there are some.
      number: { eur: { style: 'currency', currency: 'EUR', trailingZeroDisplay: 'stripIfInteger' } },
      dateTime: DATE_FORMATS,
    },
  };
});
