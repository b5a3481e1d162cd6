import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultTimeZone, isLocale, localeCookie, negotiateLocale, type Locale } from './config';

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
      dateTime: { short: { day: 'numeric', month: 'short', year: 'numeric' }, time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } },
    },
  };
});
