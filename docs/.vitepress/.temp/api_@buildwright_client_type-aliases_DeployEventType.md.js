import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DeployEventType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/DeployEventType.md","filePath":"api/@buildwright/client/type-aliases/DeployEventType.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/DeployEventType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeployEventType</p><h1 id="type-alias-deployeventtype" tabindex="-1">Type Alias: DeployEventType <a class="header-anchor" href="#type-alias-deployeventtype" aria-label="Permalink to &quot;Type Alias: DeployEventType&quot;">​</a></h1><blockquote><p><strong>DeployEventType</strong> = keyof <a href="./../interfaces/DeployEventPayloads"><code>DeployEventPayloads</code></a></p></blockquote><p>Defined in: client/src/deploy-event-types.ts:19</p><p>Every deploy event type name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/DeployEventType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployEventType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployEventType as default
};
