import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: useDefaultTheme()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/useDefaultTheme.md","filePath":"api/@buildwright/react/functions/useDefaultTheme.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/useDefaultTheme.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / useDefaultTheme</p><h1 id="function-usedefaulttheme" tabindex="-1">Function: useDefaultTheme() <a class="header-anchor" href="#function-usedefaulttheme" aria-label="Permalink to &quot;Function: useDefaultTheme()&quot;">​</a></h1><blockquote><p><strong>useDefaultTheme</strong>(<code>enabled?</code>): <code>void</code></p></blockquote><p>Defined in: react/src/styles/use-default-theme.ts:11</p><p>Inserts the default theme&#39;s <code>&lt;style data-buildwright-theme&gt;</code> into the document once (every component calls it; only the first inserts). Pass <code>false</code> to leave styling to the host.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="enabled" tabindex="-1">enabled? <a class="header-anchor" href="#enabled" aria-label="Permalink to &quot;enabled?&quot;">​</a></h3><p><code>boolean</code> = <code>true</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">useDefaultTheme</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">!</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">props.unstyled);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/useDefaultTheme.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const useDefaultTheme = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  useDefaultTheme as default
};
