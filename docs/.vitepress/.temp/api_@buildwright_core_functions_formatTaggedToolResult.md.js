import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatTaggedToolResult()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/formatTaggedToolResult.md","filePath":"api/@buildwright/core/functions/formatTaggedToolResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/formatTaggedToolResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / formatTaggedToolResult</p><h1 id="function-formattaggedtoolresult" tabindex="-1">Function: formatTaggedToolResult() <a class="header-anchor" href="#function-formattaggedtoolresult" aria-label="Permalink to &quot;Function: formatTaggedToolResult()&quot;">​</a></h1><blockquote><p><strong>formatTaggedToolResult</strong>(<code>result</code>): <code>string</code></p></blockquote><p>Defined in: core/src/protocol/tagged-text/format-tagged-text.ts:46</p><p>Writes a tool result for a model in text mode, which has no <code>tool</code> role.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="result" tabindex="-1">result <a class="header-anchor" href="#result" aria-label="Permalink to &quot;result&quot;">​</a></h3><h4 id="content" tabindex="-1">content <a class="header-anchor" href="#content" aria-label="Permalink to &quot;content&quot;">​</a></h4><p><code>string</code></p><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><p><code>string</code></p><h4 id="toolcallid" tabindex="-1">toolCallId <a class="header-anchor" href="#toolcallid" aria-label="Permalink to &quot;toolCallId&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">formatTaggedToolResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ toolCallId: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;c1&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, name: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;write_file&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, content: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;Wrote a.txt&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> });</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/formatTaggedToolResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatTaggedToolResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatTaggedToolResult as default
};
