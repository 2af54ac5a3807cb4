import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GithubGitAuth","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/github/interfaces/GithubGitAuth.md","filePath":"api/@buildwright/adapters/github/interfaces/GithubGitAuth.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/github/interfaces/GithubGitAuth.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/github</a> / GithubGitAuth</p><h1 id="interface-githubgitauth" tabindex="-1">Interface: GithubGitAuth <a class="header-anchor" href="#interface-githubgitauth" aria-label="Permalink to &quot;Interface: GithubGitAuth&quot;">​</a></h1><p>Defined in: adapters/src/github/github-repos.ts:39</p><p>What isomorphic-git&#39;s <code>onAuth</code> returns for a GitHub token over HTTPS.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="password" tabindex="-1">password <a class="header-anchor" href="#password" aria-label="Permalink to &quot;password&quot;">​</a></h3><blockquote><p><strong>password</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:41</p><hr><h3 id="username" tabindex="-1">username <a class="header-anchor" href="#username" aria-label="Permalink to &quot;username&quot;">​</a></h3><blockquote><p><strong>username</strong>: <code>&quot;x-access-token&quot;</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:40</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/github/interfaces/GithubGitAuth.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GithubGitAuth = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GithubGitAuth as default
};
