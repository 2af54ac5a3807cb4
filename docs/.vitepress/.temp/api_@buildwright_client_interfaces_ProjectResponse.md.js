import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ProjectResponse.md","filePath":"api/@buildwright/client/interfaces/ProjectResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ProjectResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ProjectResponse</p><h1 id="interface-projectresponse" tabindex="-1">Interface: ProjectResponse <a class="header-anchor" href="#interface-projectresponse" aria-label="Permalink to &quot;Interface: ProjectResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:17</p><p><code>PATCH /projects/:id</code> (rename).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="project" tabindex="-1">project <a class="header-anchor" href="#project" aria-label="Permalink to &quot;project&quot;">​</a></h3><blockquote><p><strong>project</strong>: <a href="./ProjectRecord"><code>ProjectRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:18</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ProjectResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectResponse as default
};
