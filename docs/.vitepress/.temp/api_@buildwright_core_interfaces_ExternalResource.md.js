import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExternalResource","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ExternalResource.md","filePath":"api/@buildwright/core/interfaces/ExternalResource.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ExternalResource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ExternalResource</p><h1 id="interface-externalresource" tabindex="-1">Interface: ExternalResource <a class="header-anchor" href="#interface-externalresource" aria-label="Permalink to &quot;Interface: ExternalResource&quot;">​</a></h1><p>Defined in: core/src/spec/tool-provider.ts:18</p><p>A resource an external server offers to read (a document, a record...).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description? <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>description?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:21</p><hr><h3 id="mimetype" tabindex="-1">mimeType? <a class="header-anchor" href="#mimetype" aria-label="Permalink to &quot;mimeType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>mimeType?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:22</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:20</p><hr><h3 id="uri" tabindex="-1">uri <a class="header-anchor" href="#uri" aria-label="Permalink to &quot;uri&quot;">​</a></h3><blockquote><p><strong>uri</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:19</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ExternalResource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExternalResource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExternalResource as default
};
