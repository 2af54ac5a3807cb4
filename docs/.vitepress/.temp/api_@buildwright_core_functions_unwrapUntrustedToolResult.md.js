import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: unwrapUntrustedToolResult()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/unwrapUntrustedToolResult.md","filePath":"api/@buildwright/core/functions/unwrapUntrustedToolResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/unwrapUntrustedToolResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / unwrapUntrustedToolResult</p><h1 id="function-unwrapuntrustedtoolresult" tabindex="-1">Function: unwrapUntrustedToolResult() <a class="header-anchor" href="#function-unwrapuntrustedtoolresult" aria-label="Permalink to &quot;Function: unwrapUntrustedToolResult()&quot;">​</a></h1><blockquote><p><strong>unwrapUntrustedToolResult</strong>(<code>content</code>): <code>string</code> | <code>undefined</code></p></blockquote><p>Defined in: core/src/protocol/untrusted-tool-result.ts:35</p><p>The content of a wrapped result as the server gave it (after capping), or <code>undefined</code> when the text is not a wrapped result. For the scripted model, which replays results into later calls.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="content" tabindex="-1">content <a class="header-anchor" href="#content" aria-label="Permalink to &quot;content&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code> | <code>undefined</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> text</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> unwrapUntrustedToolResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(toolMessage.content);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/unwrapUntrustedToolResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unwrapUntrustedToolResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unwrapUntrustedToolResult as default
};
