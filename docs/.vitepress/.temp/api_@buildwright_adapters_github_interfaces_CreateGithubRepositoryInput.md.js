import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CreateGithubRepositoryInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/github/interfaces/CreateGithubRepositoryInput.md","filePath":"api/@buildwright/adapters/github/interfaces/CreateGithubRepositoryInput.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/github/interfaces/CreateGithubRepositoryInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/github</a> / CreateGithubRepositoryInput</p><h1 id="interface-creategithubrepositoryinput" tabindex="-1">Interface: CreateGithubRepositoryInput <a class="header-anchor" href="#interface-creategithubrepositoryinput" aria-label="Permalink to &quot;Interface: CreateGithubRepositoryInput&quot;">​</a></h1><p>Defined in: adapters/src/github/github-repos.ts:26</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="autoinit" tabindex="-1">autoInit? <a class="header-anchor" href="#autoinit" aria-label="Permalink to &quot;autoInit?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>autoInit?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:35</p><p>Start with a README commit. Default false: an empty repository, ready for a first push.</p><hr><h3 id="description" tabindex="-1">description? <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>description?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:31</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:28</p><p>The repository&#39;s name; GitHub turns characters it does not keep into <code>-</code>.</p><hr><h3 id="org" tabindex="-1">org? <a class="header-anchor" href="#org" aria-label="Permalink to &quot;org?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>org?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:33</p><p>Create it in this organization instead of the token&#39;s own account.</p><hr><h3 id="private" tabindex="-1">private? <a class="header-anchor" href="#private" aria-label="Permalink to &quot;private?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>private?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/github/github-repos.ts:30</p><p>Default true: generated code stays private until its owner says otherwise.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/github/interfaces/CreateGithubRepositoryInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CreateGithubRepositoryInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CreateGithubRepositoryInput as default
};
