export { githubRepos } from './github-repos.js';
export type { CreateGithubRepositoryInput, GithubGitAuth, GithubRepos, GithubReposOptions, GithubRepository } from './github-repos.js';
