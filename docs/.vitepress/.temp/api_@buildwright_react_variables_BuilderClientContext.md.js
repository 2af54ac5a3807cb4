import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BuilderClientContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/variables/BuilderClientContext.md","filePath":"api/@buildwright/react/variables/BuilderClientContext.md"}');
const _sfc_main = { name: "api/@buildwright/react/variables/BuilderClientContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / BuilderClientContext</p><h1 id="variable-builderclientcontext" tabindex="-1">Variable: BuilderClientContext <a class="header-anchor" href="#variable-builderclientcontext" aria-label="Permalink to &quot;Variable: BuilderClientContext&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BuilderClientContext</strong>: <code>Context</code>&lt;<a href="./../../client/interfaces/BuilderClient"><code>BuilderClient</code></a> | <code>null</code>&gt;</p></blockquote><p>Defined in: react/src/context/builder-provider.tsx:5</p><p>The client of the nearest <code>&lt;BuilderProvider&gt;</code>, or <code>null</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/variables/BuilderClientContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BuilderClientContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BuilderClientContext as default
};
