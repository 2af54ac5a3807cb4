import { NavLink, Outlet } from 'react-router';

const links = [
  { to: '/', label: 'Home' },
  { to: '/contact', label: 'Contact' },
];

export default function Layout() {
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="border-b bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-3xl gap-4 p-4">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end className={({ isActive }) => (isActive ? 'font-semibold text-blue-700' : 'text-slate-700 hover:text-blue-700')}>
              {link.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-3xl p-4">
        <Outlet />
      </main>
    </div>
  );
}
