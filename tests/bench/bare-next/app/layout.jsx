// The reference page for the Lighthouse budget: Next.js with nothing of ours (no CSS, no client
// components, no data). `npm run bench` scores it beside our pages, on the same machine and in the
// same run: its score is the most a page of this framework can get there.
export const metadata = { title: 'Bare Next.js page', description: 'A reference page: Next.js with nothing else.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
