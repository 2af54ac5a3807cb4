import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ConnectionState","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/ConnectionState.md","filePath":"api/@buildwright/client/type-aliases/ConnectionState.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/ConnectionState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ConnectionState</p><h1 id="type-alias-connectionstate" tabindex="-1">Type Alias: ConnectionState <a class="header-anchor" href="#type-alias-connectionstate" aria-label="Permalink to &quot;Type Alias: ConnectionState&quot;">​</a></h1><blockquote><p><strong>ConnectionState</strong> = <code>&quot;idle&quot;</code> | <code>&quot;connecting&quot;</code> | <code>&quot;open&quot;</code> | <code>&quot;reconnecting&quot;</code> | <code>&quot;closed&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:5</p><p>State of the event stream of the current run.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/ConnectionState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ConnectionState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ConnectionState as default
};
