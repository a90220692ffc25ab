export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>Rendered on the server for each request, with a heading and this paragraph and nothing else.</p>
    </main>
  );
}
