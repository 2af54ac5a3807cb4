import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ForkProjectResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ForkProjectResult.md","filePath":"api/@buildwright/core/interfaces/ForkProjectResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ForkProjectResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ForkProjectResult</p><h1 id="interface-forkprojectresult" tabindex="-1">Interface: ForkProjectResult <a class="header-anchor" href="#interface-forkprojectresult" aria-label="Permalink to &quot;Interface: ForkProjectResult&quot;">​</a></h1><p>Defined in: core/src/versions/fork-project.ts:13</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="project" tabindex="-1">project <a class="header-anchor" href="#project" aria-label="Permalink to &quot;project&quot;">​</a></h3><blockquote><p><strong>project</strong>: <a href="./../../client/interfaces/ProjectRecord"><code>ProjectRecord</code></a></p></blockquote><p>Defined in: core/src/versions/fork-project.ts:14</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./../../client/interfaces/VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: core/src/versions/fork-project.ts:16</p><p>Version 1 of the new project.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ForkProjectResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ForkProjectResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ForkProjectResult as default
};
