import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: deployEventSchema","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/deployEventSchema.md","filePath":"api/@buildwright/core/variables/deployEventSchema.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/deployEventSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / deployEventSchema</p><h1 id="variable-deployeventschema" tabindex="-1">Variable: deployEventSchema <a class="header-anchor" href="#variable-deployeventschema" aria-label="Permalink to &quot;Variable: deployEventSchema&quot;">​</a></h1><blockquote><p><code>const</code> <strong>deployEventSchema</strong>: <code>ZodDiscriminatedUnion</code>&lt;[<code>ZodObject</code>&lt;{ <code>at</code>: <code>ZodString</code>; <code>deploymentId</code>: <code>ZodString</code>; <code>projectId</code>: <code>ZodString</code>; <code>target</code>: <code>ZodString</code>; <code>type</code>: <code>ZodLiteral</code>&lt;<code>&quot;deploy.started&quot;</code>&gt;; <code>versionNumber</code>: <code>ZodNumber</code>; <code>warnings</code>: <code>ZodArray</code>&lt;<code>ZodString</code>&gt;; }, <code>$strict</code>&gt;, <code>ZodObject</code>&lt;{ <code>aliasUrl</code>: <code>ZodNullable</code>&lt;<code>ZodString</code>&gt;; <code>at</code>: <code>ZodString</code>; <code>deploymentId</code>: <code>ZodString</code>; <code>projectId</code>: <code>ZodString</code>; <code>target</code>: <code>ZodString</code>; <code>type</code>: <code>ZodLiteral</code>&lt;<code>&quot;deploy.ready&quot;</code>&gt;; <code>url</code>: <code>ZodString</code>; <code>versionNumber</code>: <code>ZodNumber</code>; }, <code>$strict</code>&gt;, <code>ZodObject</code>&lt;{ <code>at</code>: <code>ZodString</code>; <code>code</code>: <code>ZodString</code>; <code>deploymentId</code>: <code>ZodString</code>; <code>message</code>: <code>ZodString</code>; <code>projectId</code>: <code>ZodString</code>; <code>target</code>: <code>ZodString</code>; <code>type</code>: <code>ZodLiteral</code>&lt;<code>&quot;deploy.failed&quot;</code>&gt;; <code>versionNumber</code>: <code>ZodNumber</code>; }, <code>$strict</code>&gt;], <code>&quot;type&quot;</code>&gt;</p></blockquote><p>Defined in: core/src/events/deploy-events.ts:18</p><p>Zod schema accepting any deploy event.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/deployEventSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const deployEventSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  deployEventSchema as default
};
