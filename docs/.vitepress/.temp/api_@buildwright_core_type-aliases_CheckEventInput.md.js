import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CheckEventInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/CheckEventInput.md","filePath":"api/@buildwright/core/type-aliases/CheckEventInput.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/CheckEventInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CheckEventInput</p><h1 id="type-alias-checkeventinput" tabindex="-1">Type Alias: CheckEventInput <a class="header-anchor" href="#type-alias-checkeventinput" aria-label="Permalink to &quot;Type Alias: CheckEventInput&quot;">​</a></h1><blockquote><p><strong>CheckEventInput</strong> = <code>Exclude</code>&lt;<a href="./../../client/type-aliases/EventInput"><code>EventInput</code></a>, { <code>type</code>: <code>&quot;preview.ready&quot;</code>; }&gt;</p></blockquote><p>Defined in: core/src/spec/check.ts:51</p><p>Events a check may emit: all but <code>preview.ready</code>, which the run emits from the check&#39;s result.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/CheckEventInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckEventInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckEventInput as default
};
