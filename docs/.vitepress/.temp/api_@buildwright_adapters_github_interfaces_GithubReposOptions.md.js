import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GithubReposOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/github/interfaces/GithubReposOptions.md","filePath":"api/@buildwright/adapters/github/interfaces/GithubReposOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/github/interfaces/GithubReposOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/github</a> / GithubReposOptions</p><h1 id="interface-githubreposoptions" tabindex="-1">Interface: GithubReposOptions <a class="header-anchor" href="#interface-githubreposoptions" aria-label="Permalink to &quot;Interface: GithubReposOptions&quot;">​</a></h1><p>Defined in: adapters/src/github/github-repos.ts:6</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="baseurl" tabindex="-1">baseUrl? <a class="header-anchor" href="#baseurl" aria-label="Permalink to &quot;baseUrl?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>baseUrl?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:10</p><p>GitHub&#39;s REST API address. Default <code>https://api.github.com</code>; GitHub Enterprise <code>https://&lt;host&gt;/api/v3</code>; tests a local stand-in.</p><hr><h3 id="requesttimeoutms" tabindex="-1">requestTimeoutMs? <a class="header-anchor" href="#requesttimeoutms" aria-label="Permalink to &quot;requestTimeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>requestTimeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:12</p><p>Time one request may take. Default 30,000 ms.</p><hr><h3 id="token" tabindex="-1">token? <a class="header-anchor" href="#token" aria-label="Permalink to &quot;token?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>token?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:8</p><p>A GitHub token (classic with the <code>repo</code> scope, or fine-grained with Administration). Default: <code>GITHUB_TOKEN</code>, read when first needed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/github/interfaces/GithubReposOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GithubReposOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GithubReposOptions as default
};
