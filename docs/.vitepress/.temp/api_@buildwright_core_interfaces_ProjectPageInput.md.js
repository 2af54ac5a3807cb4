import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectPageInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ProjectPageInput.md","filePath":"api/@buildwright/core/interfaces/ProjectPageInput.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ProjectPageInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ProjectPageInput</p><h1 id="interface-projectpageinput" tabindex="-1">Interface: ProjectPageInput <a class="header-anchor" href="#interface-projectpageinput" aria-label="Permalink to &quot;Interface: ProjectPageInput&quot;">​</a></h1><p>Defined in: core/src/versions/project-page.ts:9</p><p>What every storage adapter reads from <code>searchProjects</code>&#39; input, checked once for all of them.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="before" tabindex="-1">before <a class="header-anchor" href="#before" aria-label="Permalink to &quot;before&quot;">​</a></h3><blockquote><p><strong>before</strong>: <code>number</code> | <code>undefined</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:13</p><p>The position the page starts after (exclusive, newest first); <code>undefined</code> for the first page.</p><hr><h3 id="limit" tabindex="-1">limit <a class="header-anchor" href="#limit" aria-label="Permalink to &quot;limit&quot;">​</a></h3><blockquote><p><strong>limit</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:14</p><hr><h3 id="query" tabindex="-1">query <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query&quot;">​</a></h3><blockquote><p><strong>query</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:11</p><p>Lowercased query; <code>undefined</code> for none (an empty or blank query is none).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ProjectPageInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectPageInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectPageInput as default
};
