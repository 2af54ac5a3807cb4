import Faq from './sections/Faq';
import Features from './sections/Features';
import Hero from './sections/Hero';
import Pricing from './sections/Pricing';

export default function App() {
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <main>
        <Hero />
        <Features />
        <Pricing />
        <Faq />
      </main>
      <footer className="py-8 text-center text-sm text-slate-600">© {new Date().getFullYear()} Your company</footer>
    </div>
  );
}
