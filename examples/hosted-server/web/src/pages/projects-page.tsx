import { BuilderProvider, ProjectList } from '@buildwright/react';
import { authHeaders } from '../api.js';
import { Link, navigate } from '../router.js';

/** The account's projects: search, rename, delete (the SDK's `<ProjectList/>`), and open one in the builder. */
export function ProjectsPage() {
  return (
    <section className="card">
      <p>
        <Link to="/projects/new">Start a new app</Link>
      </p>
      <BuilderProvider baseUrl="/api/builder" headers={authHeaders}>
        <ProjectList onOpen={(project) => navigate(`/projects/${project.id}`)} />
      </BuilderProvider>
    </section>
  );
}
