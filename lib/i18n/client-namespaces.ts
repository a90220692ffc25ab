/**
 * The message namespaces that client components read with useTranslations. Only these travel to
 * the browser with each page (about 30 kB less HTML per page than the whole catalogue); a unit
 * test fails if a client component asks for one that is not listed.
 */
export const clientNamespaces = ['auth', 'errors', 'import', 'nav', 'tracker'] as const;
