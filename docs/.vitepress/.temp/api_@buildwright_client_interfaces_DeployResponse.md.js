import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeployResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/DeployResponse.md","filePath":"api/@buildwright/client/interfaces/DeployResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/DeployResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeployResponse</p><h1 id="interface-deployresponse" tabindex="-1">Interface: DeployResponse <a class="header-anchor" href="#interface-deployresponse" aria-label="Permalink to &quot;Interface: DeployResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:75</p><p><code>POST /projects/:id/deployments</code> (201): the deployment, ready (a failed deploy is an error response).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deployment" tabindex="-1">deployment <a class="header-anchor" href="#deployment" aria-label="Permalink to &quot;deployment&quot;">​</a></h3><blockquote><p><strong>deployment</strong>: <a href="./DeploymentRecord"><code>DeploymentRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:76</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/DeployResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployResponse as default
};
