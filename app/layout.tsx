// The <html> element belongs to app/[locale]/layout.tsx, which knows the language.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
