// The throttling key of the request being served: read from its headers and cookies, and a new
// browser cookie issued (on the response) to a browser that has none yet.
import { cookies, headers } from 'next/headers';
import { CLIENT_COOKIE, CLIENT_COOKIE_DAYS, browserKey, clientKey, newClientCookie, trustsProxy } from './client-key';
import { cookieOptions } from './sessions';

export async function requestClientKey(): Promise<string> {
  const jar = await cookies();
  const cookie = jar.get(CLIENT_COOKIE)?.value;
  const known = clientKey({ forwardedFor: (await headers()).get('x-forwarded-for'), cookie, trustProxy: trustsProxy() });
  if (known) return known;
  const fresh = newClientCookie();
  jar.set(CLIENT_COOKIE, fresh, cookieOptions(new Date(Date.now() + CLIENT_COOKIE_DAYS * 86_400_000)));
  return browserKey(fresh);
}
