import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: planSchema","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/planSchema.md","filePath":"api/@buildwright/core/variables/planSchema.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/planSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / planSchema</p><h1 id="variable-planschema" tabindex="-1">Variable: planSchema <a class="header-anchor" href="#variable-planschema" aria-label="Permalink to &quot;Variable: planSchema&quot;">​</a></h1><blockquote><p><code>const</code> <strong>planSchema</strong>: <code>ZodObject</code>&lt;{ <code>steps</code>: <code>ZodArray</code>&lt;<code>ZodObject</code>&lt;{ <code>files</code>: <code>ZodArray</code>&lt;<code>ZodString</code>&gt;; <code>id</code>: <code>ZodString</code>; <code>title</code>: <code>ZodString</code>; }, <code>$strip</code>&gt;&gt;; <code>summary</code>: <code>ZodString</code>; <code>title</code>: <code>ZodString</code>; }, <code>$strip</code>&gt;</p></blockquote><p>Defined in: core/src/events/events.ts:20</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/planSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const planSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  planSchema as default
};
