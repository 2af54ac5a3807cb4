import { Link } from 'react-router';

export default function Home() {
  return (
    <section className="space-y-3">
      <h1 className="text-3xl font-bold">Welcome</h1>
      <p className="text-slate-700">Each page is a route in src/App.tsx and a component in src/pages/.</p>
      <Link to="/contact" className="text-blue-700 underline">
        Get in touch
      </Link>
    </section>
  );
}
