import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DeployEvent","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/DeployEvent.md","filePath":"api/@buildwright/client/type-aliases/DeployEvent.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/DeployEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DeployEvent</p><h1 id="type-alias-deployevent" tabindex="-1">Type Alias: DeployEvent <a class="header-anchor" href="#type-alias-deployevent" aria-label="Permalink to &quot;Type Alias: DeployEvent&quot;">​</a></h1><blockquote><p><strong>DeployEvent</strong> = <code>{ [T in DeployEventType]: Flatten&lt;{ type: T } &amp; DeployEventEnvelope &amp; DeployEventPayloads[T]&gt; }</code>[<a href="./DeployEventType"><code>DeployEventType</code></a>]</p></blockquote><p>Defined in: client/src/deploy-event-types.ts:33</p><p>Any deploy event: <code>{ type, deploymentId, projectId, at, ...payload }</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/DeployEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployEvent as default
};
