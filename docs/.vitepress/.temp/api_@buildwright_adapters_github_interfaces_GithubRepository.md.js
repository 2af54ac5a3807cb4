import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GithubRepository","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/github/interfaces/GithubRepository.md","filePath":"api/@buildwright/adapters/github/interfaces/GithubRepository.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/github/interfaces/GithubRepository.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/github</a> / GithubRepository</p><h1 id="interface-githubrepository" tabindex="-1">Interface: GithubRepository <a class="header-anchor" href="#interface-githubrepository" aria-label="Permalink to &quot;Interface: GithubRepository&quot;">​</a></h1><p>Defined in: adapters/src/github/github-repos.ts:16</p><p>A repository as <code>githubRepos</code> reports it: what a git remote and a link need.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cloneurl" tabindex="-1">cloneUrl <a class="header-anchor" href="#cloneurl" aria-label="Permalink to &quot;cloneUrl&quot;">​</a></h3><blockquote><p><strong>cloneUrl</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:20</p><p>HTTPS clone address (the <code>url</code> of an isomorphic-git push or fetch).</p><hr><h3 id="defaultbranch" tabindex="-1">defaultBranch <a class="header-anchor" href="#defaultbranch" aria-label="Permalink to &quot;defaultBranch&quot;">​</a></h3><blockquote><p><strong>defaultBranch</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:22</p><hr><h3 id="htmlurl" tabindex="-1">htmlUrl <a class="header-anchor" href="#htmlurl" aria-label="Permalink to &quot;htmlUrl&quot;">​</a></h3><blockquote><p><strong>htmlUrl</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:21</p><hr><h3 id="owner" tabindex="-1">owner <a class="header-anchor" href="#owner" aria-label="Permalink to &quot;owner&quot;">​</a></h3><blockquote><p><strong>owner</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:17</p><hr><h3 id="private" tabindex="-1">private <a class="header-anchor" href="#private" aria-label="Permalink to &quot;private&quot;">​</a></h3><blockquote><p><strong>private</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:23</p><hr><h3 id="repo" tabindex="-1">repo <a class="header-anchor" href="#repo" aria-label="Permalink to &quot;repo&quot;">​</a></h3><blockquote><p><strong>repo</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:18</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/github/interfaces/GithubRepository.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GithubRepository = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GithubRepository as default
};
