import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OpenApiDocument","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/OpenApiDocument.md","filePath":"api/@buildwright/adapters/api/interfaces/OpenApiDocument.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/OpenApiDocument.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / OpenApiDocument</p><h1 id="interface-openapidocument" tabindex="-1">Interface: OpenApiDocument <a class="header-anchor" href="#interface-openapidocument" aria-label="Permalink to &quot;Interface: OpenApiDocument&quot;">​</a></h1><p>Defined in: adapters/src/api/openapi-document.ts:39</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="components" tabindex="-1">components? <a class="header-anchor" href="#components" aria-label="Permalink to &quot;components?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>components?</strong>: <code>Record</code>&lt;<code>string</code>, <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:44</p><hr><h3 id="info" tabindex="-1">info? <a class="header-anchor" href="#info" aria-label="Permalink to &quot;info?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>info?</strong>: <code>unknown</code></p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:41</p><hr><h3 id="openapi" tabindex="-1">openapi? <a class="header-anchor" href="#openapi" aria-label="Permalink to &quot;openapi?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>openapi?</strong>: <code>unknown</code></p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:40</p><hr><h3 id="paths" tabindex="-1">paths? <a class="header-anchor" href="#paths" aria-label="Permalink to &quot;paths?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>paths?</strong>: <code>Record</code>&lt;<code>string</code>, <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:43</p><hr><h3 id="servers" tabindex="-1">servers? <a class="header-anchor" href="#servers" aria-label="Permalink to &quot;servers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>servers?</strong>: <code>object</code>[]</p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:42</p><h4 id="description" tabindex="-1">description? <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description?&quot;">​</a></h4><blockquote><p><code>optional</code> <strong>description?</strong>: <code>string</code></p></blockquote><h4 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h4><blockquote><p><strong>url</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/OpenApiDocument.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OpenApiDocument = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OpenApiDocument as default
};
