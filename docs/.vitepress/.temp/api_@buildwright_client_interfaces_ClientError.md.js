import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClientError","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ClientError.md","filePath":"api/@buildwright/client/interfaces/ClientError.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ClientError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ClientError</p><h1 id="interface-clienterror" tabindex="-1">Interface: ClientError <a class="header-anchor" href="#interface-clienterror" aria-label="Permalink to &quot;Interface: ClientError&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:152</p><p>An error the client met (a refused request, a failed run, a lost stream).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>code</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:153</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:154</p><hr><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>source</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:156</p><p>What failed: an action name or <code>stream</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ClientError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClientError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClientError as default
};
