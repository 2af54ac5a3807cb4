import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { currentSession, onSessionChange, signOut } from './api.js';
import { AdminPage } from './pages/admin-page.js';
import { BillingPage } from './pages/billing-page.js';
import { BuilderPage } from './pages/builder-page.js';
import { CustomerUsagePage } from './pages/customer-usage-page.js';
import { KeysPage } from './pages/keys-page.js';
import { LoginPage } from './pages/login-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { ResellerPage } from './pages/reseller-page.js';
import { UsagePage } from './pages/usage-page.js';
import { WebhooksPage } from './pages/webhooks-page.js';
import { Link, navigate, useLocation } from './router.js';
import './app.css';

function useSession() {
  return useSyncExternalStore(onSessionChange, () => localStorage.getItem('hosted-server.session'));
}

let newApps = 0;
let lastPath = '';

function Page({ path }: { path: string }) {
  // Each visit to "New app" starts a fresh builder; a new app's own address (set once its first run made it) keeps it.
  if (path === '/projects/new' && lastPath !== path) newApps++;
  lastPath = path;
  const project = /^\/projects\/([^/]+)$/.exec(path);
  if (project) return <BuilderPage key={newApps} projectId={project[1] === 'new' ? null : project[1]!} />;
  switch (path) {
    case '/usage':
      return <UsagePage />;
    case '/keys':
      return <KeysPage />;
    case '/webhooks':
      return <WebhooksPage />;
    case '/billing':
      return <BillingPage />;
    case '/admin':
      return <AdminPage />;
    case '/licences':
      return <ResellerPage />;
    case '/customers/usage':
      return <CustomerUsagePage />;
    default:
      return <ProjectsPage />;
  }
}

/** The shell: sign-in when signed out, else the navigation and the page of the path. */
function App() {
  useSession();
  const { path } = useLocation();
  const session = currentSession();
  if (!session) return <LoginPage />;
  return (
    <div className="shell">
      <nav aria-label="Dashboard">
        <strong>Buildwright</strong>
        <Link to="/projects">Projects</Link>
        <Link to="/projects/new">New app</Link>
        <Link to="/usage">Usage</Link>
        <Link to="/keys">API keys</Link>
        <Link to="/webhooks">Webhooks</Link>
        <Link to="/billing">Billing</Link>
        {session.user.role === 'RESELLER' && <Link to="/licences">Customers &amp; licences</Link>}
        {session.user.role === 'RESELLER' && <Link to="/customers/usage">Customer usage</Link>}
        {session.user.role === 'ADMIN' && <Link to="/licences">Licences</Link>}
        {session.user.role === 'ADMIN' && <Link to="/admin">Admin</Link>}
        <span className="who">{session.user.email}</span>
        <button type="button" onClick={() => signOut().then(() => navigate('/'))}>
          Sign out
        </button>
      </nav>
      <main>
        <Page path={path} />
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
