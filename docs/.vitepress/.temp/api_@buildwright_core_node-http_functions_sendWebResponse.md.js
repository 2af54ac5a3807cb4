import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sendWebResponse()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/node-http/functions/sendWebResponse.md","filePath":"api/@buildwright/core/node-http/functions/sendWebResponse.md"}');
const _sfc_main = { name: "api/@buildwright/core/node-http/functions/sendWebResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/node-http</a> / sendWebResponse</p><h1 id="function-sendwebresponse" tabindex="-1">Function: sendWebResponse() <a class="header-anchor" href="#function-sendwebresponse" aria-label="Permalink to &quot;Function: sendWebResponse()&quot;">​</a></h1><blockquote><p><strong>sendWebResponse</strong>(<code>outgoing</code>, <code>response</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/http/node-listener.ts:49</p><p>Writes a Web <code>Response</code> to a Node response, streaming its body (SSE included) until either side ends.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="outgoing" tabindex="-1">outgoing <a class="header-anchor" href="#outgoing" aria-label="Permalink to &quot;outgoing&quot;">​</a></h3><p><code>ServerResponse</code></p><h3 id="response" tabindex="-1">response <a class="header-anchor" href="#response" aria-label="Permalink to &quot;response&quot;">​</a></h3><p><code>Response</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/node-http/functions/sendWebResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sendWebResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sendWebResponse as default
};
