import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CreateRunResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/CreateRunResponse.md","filePath":"api/@buildwright/client/interfaces/CreateRunResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/CreateRunResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / CreateRunResponse</p><h1 id="interface-createrunresponse" tabindex="-1">Interface: CreateRunResponse <a class="header-anchor" href="#interface-createrunresponse" aria-label="Permalink to &quot;Interface: CreateRunResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:4</p><p><code>POST /runs</code> and <code>POST /projects/:id/runs</code> (201).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:6</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:5</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/CreateRunResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CreateRunResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CreateRunResponse as default
};
