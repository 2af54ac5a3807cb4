import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitAuthor","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/git/interfaces/GitAuthor.md","filePath":"api/@buildwright/adapters/git/interfaces/GitAuthor.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/git/interfaces/GitAuthor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/git</a> / GitAuthor</p><h1 id="interface-gitauthor" tabindex="-1">Interface: GitAuthor <a class="header-anchor" href="#interface-gitauthor" aria-label="Permalink to &quot;Interface: GitAuthor&quot;">​</a></h1><p>Defined in: adapters/src/git/git-objects.ts:15</p><p>A commit&#39;s author and committer.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="email" tabindex="-1">email <a class="header-anchor" href="#email" aria-label="Permalink to &quot;email&quot;">​</a></h3><blockquote><p><strong>email</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-objects.ts:17</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-objects.ts:16</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/git/interfaces/GitAuthor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitAuthor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitAuthor as default
};
