import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeploymentsResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/DeploymentsResponse.md","filePath":"api/@buildwright/client/interfaces/DeploymentsResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/DeploymentsResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeploymentsResponse</p><h1 id="interface-deploymentsresponse" tabindex="-1">Interface: DeploymentsResponse <a class="header-anchor" href="#interface-deploymentsresponse" aria-label="Permalink to &quot;Interface: DeploymentsResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:80</p><p><code>GET /projects/:id/deployments</code>: newest first.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deployments" tabindex="-1">deployments <a class="header-anchor" href="#deployments" aria-label="Permalink to &quot;deployments&quot;">​</a></h3><blockquote><p><strong>deployments</strong>: <a href="./DeploymentRecord"><code>DeploymentRecord</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:81</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/DeploymentsResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeploymentsResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeploymentsResponse as default
};
