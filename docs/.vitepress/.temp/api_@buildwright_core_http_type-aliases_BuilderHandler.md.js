import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BuilderHandler","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/http/type-aliases/BuilderHandler.md","filePath":"api/@buildwright/core/http/type-aliases/BuilderHandler.md"}');
const _sfc_main = { name: "api/@buildwright/core/http/type-aliases/BuilderHandler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/http</a> / BuilderHandler</p><h1 id="type-alias-builderhandler" tabindex="-1">Type Alias: BuilderHandler <a class="header-anchor" href="#type-alias-builderhandler" aria-label="Permalink to &quot;Type Alias: BuilderHandler&quot;">​</a></h1><blockquote><p><strong>BuilderHandler</strong> = (<code>request</code>) =&gt; <code>Promise</code>&lt;<code>Response</code>&gt;</p></blockquote><p>Defined in: core/src/http/create-builder-handler.ts:9</p><p>A Web-standard request handler: mounts in Hono, Next.js route handlers, Bun, Deno, and Node through a fetch adapter.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="request" tabindex="-1">request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;request&quot;">​</a></h3><p><code>Request</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>Response</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/http/type-aliases/BuilderHandler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BuilderHandler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BuilderHandler as default
};
