import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: HeadersInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/HeadersInput.md","filePath":"api/@buildwright/client/type-aliases/HeadersInput.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/HeadersInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / HeadersInput</p><h1 id="type-alias-headersinput" tabindex="-1">Type Alias: HeadersInput <a class="header-anchor" href="#type-alias-headersinput" aria-label="Permalink to &quot;Type Alias: HeadersInput&quot;">​</a></h1><blockquote><p><strong>HeadersInput</strong> = <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt; | (() =&gt; <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt; | <code>Promise</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;)</p></blockquote><p>Defined in: client/src/http-request.ts:4</p><p>Headers sent with every request: a record, or a function (e.g. to read a fresh token).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/HeadersInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HeadersInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HeadersInput as default
};
