import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: useOptionalBuilder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/useOptionalBuilder.md","filePath":"api/@buildwright/react/functions/useOptionalBuilder.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/useOptionalBuilder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / useOptionalBuilder</p><h1 id="function-useoptionalbuilder" tabindex="-1">Function: useOptionalBuilder() <a class="header-anchor" href="#function-useoptionalbuilder" aria-label="Permalink to &quot;Function: useOptionalBuilder()&quot;">​</a></h1><blockquote><p><strong>useOptionalBuilder</strong>(): <a href="./../../client/interfaces/BuilderClient"><code>BuilderClient</code></a> | <code>null</code></p></blockquote><p>Defined in: react/src/hooks/use-builder.ts:31</p><p>The client of the nearest <code>&lt;BuilderProvider&gt;</code>, or <code>null</code> outside one (for components that also work from props alone).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/interfaces/BuilderClient"><code>BuilderClient</code></a> | <code>null</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> client</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> useOptionalBuilder</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/useOptionalBuilder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const useOptionalBuilder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  useOptionalBuilder as default
};
