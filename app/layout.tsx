// The <html> element belongs to app/[locale]/layout.tsx, which knows the language, and so does the
// stylesheet (see app/not-found.tsx).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
