import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: StreamEndReason","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/http/type-aliases/StreamEndReason.md","filePath":"api/@buildwright/core/http/type-aliases/StreamEndReason.md"}');
const _sfc_main = { name: "api/@buildwright/core/http/type-aliases/StreamEndReason.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/http</a> / StreamEndReason</p><h1 id="type-alias-streamendreason" tabindex="-1">Type Alias: StreamEndReason <a class="header-anchor" href="#type-alias-streamendreason" aria-label="Permalink to &quot;Type Alias: StreamEndReason&quot;">​</a></h1><blockquote><p><strong>StreamEndReason</strong> = <code>&quot;ended&quot;</code> | <code>&quot;detached&quot;</code></p></blockquote><p>Defined in: core/src/http/sse.ts:6</p><p>Why a stream ended, sent as the last <code>event: end</code> message.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/http/type-aliases/StreamEndReason.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StreamEndReason = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StreamEndReason as default
};
