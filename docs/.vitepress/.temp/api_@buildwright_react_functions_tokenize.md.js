import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tokenize()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/tokenize.md","filePath":"api/@buildwright/react/functions/tokenize.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/tokenize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / tokenize</p><h1 id="function-tokenize" tabindex="-1">Function: tokenize() <a class="header-anchor" href="#function-tokenize" aria-label="Permalink to &quot;Function: tokenize()&quot;">​</a></h1><blockquote><p><strong>tokenize</strong>(<code>code</code>, <code>language</code>): <a href="./../interfaces/Token"><code>Token</code></a>[]</p></blockquote><p>Defined in: react/src/code/tokenize.ts:82</p><p>Splits source code into highlighted tokens with a small sticky-regex scanner per language (comments, strings, numbers, keywords, tags, attributes, properties). Concatenating the tokens&#39; text gives the input back exactly.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><p><code>string</code></p><h3 id="language" tabindex="-1">language <a class="header-anchor" href="#language" aria-label="Permalink to &quot;language&quot;">​</a></h3><p><a href="./../type-aliases/CodeLanguage"><code>CodeLanguage</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Token"><code>Token</code></a>[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">tokenize</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;const a = 1; // one&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;js&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">);</span></span>
<span class="line"><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [{ type: &#39;keyword&#39;, text: &#39;const&#39; }, { type: &#39;plain&#39;, text: &#39; &#39; }, ...]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/tokenize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tokenize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tokenize as default
};
