import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeployEventEnvelope","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/DeployEventEnvelope.md","filePath":"api/@buildwright/client/interfaces/DeployEventEnvelope.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/DeployEventEnvelope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeployEventEnvelope</p><h1 id="interface-deployeventenvelope" tabindex="-1">Interface: DeployEventEnvelope <a class="header-anchor" href="#interface-deployeventenvelope" aria-label="Permalink to &quot;Interface: DeployEventEnvelope&quot;">​</a></h1><p>Defined in: client/src/deploy-event-types.ts:22</p><p>The fields every deploy event has.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="at" tabindex="-1">at <a class="header-anchor" href="#at" aria-label="Permalink to &quot;at&quot;">​</a></h3><blockquote><p><strong>at</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/deploy-event-types.ts:27</p><p>ISO timestamp.</p><hr><h3 id="deploymentid" tabindex="-1">deploymentId <a class="header-anchor" href="#deploymentid" aria-label="Permalink to &quot;deploymentId&quot;">​</a></h3><blockquote><p><strong>deploymentId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/deploy-event-types.ts:24</p><p>Buildwright&#39;s id of the deployment (<code>DeploymentRecord.id</code>).</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/deploy-event-types.ts:25</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/DeployEventEnvelope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployEventEnvelope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployEventEnvelope as default
};
