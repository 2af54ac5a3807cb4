import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ClientAction","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/ClientAction.md","filePath":"api/@buildwright/client/type-aliases/ClientAction.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/ClientAction.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ClientAction</p><h1 id="type-alias-clientaction" tabindex="-1">Type Alias: ClientAction <a class="header-anchor" href="#type-alias-clientaction" aria-label="Permalink to &quot;Type Alias: ClientAction&quot;">​</a></h1><blockquote><p><strong>ClientAction</strong> = <code>&quot;generate&quot;</code> | <code>&quot;edit&quot;</code> | <code>&quot;cancel&quot;</code> | <code>&quot;restore&quot;</code> | <code>&quot;load&quot;</code> | <code>&quot;approveTool&quot;</code> | <code>&quot;approvePlan&quot;</code> | <code>&quot;save&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:160</p><p>Actions of the client; <code>pending</code> names the one whose request is in flight.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/ClientAction.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClientAction = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClientAction as default
};
