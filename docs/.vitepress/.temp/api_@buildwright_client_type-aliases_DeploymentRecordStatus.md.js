import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DeploymentRecordStatus","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/DeploymentRecordStatus.md","filePath":"api/@buildwright/client/type-aliases/DeploymentRecordStatus.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/DeploymentRecordStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeploymentRecordStatus</p><h1 id="type-alias-deploymentrecordstatus" tabindex="-1">Type Alias: DeploymentRecordStatus <a class="header-anchor" href="#type-alias-deploymentrecordstatus" aria-label="Permalink to &quot;Type Alias: DeploymentRecordStatus&quot;">​</a></h1><blockquote><p><strong>DeploymentRecordStatus</strong> = <code>&quot;building&quot;</code> | <code>&quot;ready&quot;</code> | <code>&quot;failed&quot;</code> | <code>&quot;stopped&quot;</code></p></blockquote><p>Defined in: client/src/records.ts:103</p><p>Where a deployment is in its life: <code>building</code> (its build or upload is under way), <code>ready</code> (its URL serves it), <code>failed</code>, <code>stopped</code> (undeployed).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/DeploymentRecordStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeploymentRecordStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeploymentRecordStatus as default
};
