import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClientCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/ClientCheckOptions.md","filePath":"api/@buildwright/adapters/api/interfaces/ClientCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/ClientCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / ClientCheckOptions</p><h1 id="interface-clientcheckoptions" tabindex="-1">Interface: ClientCheckOptions <a class="header-anchor" href="#interface-clientcheckoptions" aria-label="Permalink to &quot;Interface: ClientCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/api/client-check.ts:9</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="output" tabindex="-1">output? <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>output?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/client-check.ts:13</p><p>Where the generated types go. Default <code>src/client/api-types.ts</code> (the hono-api template&#39;s <code>src/client/index.ts</code> imports them).</p><hr><h3 id="path" tabindex="-1">path? <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>path?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/client-check.ts:11</p><p>Where the OpenAPI document is, relative to the project root. Default <code>openapi.yaml</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/ClientCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClientCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClientCheckOptions as default
};
