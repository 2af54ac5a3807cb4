import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: useBuilder()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/useBuilder.md","filePath":"api/@buildwright/react/functions/useBuilder.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/useBuilder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / useBuilder</p><h1 id="function-usebuilder" tabindex="-1">Function: useBuilder() <a class="header-anchor" href="#function-usebuilder" aria-label="Permalink to &quot;Function: useBuilder()&quot;">​</a></h1><blockquote><p><strong>useBuilder</strong>(): <a href="./../../client/interfaces/BuilderClient"><code>BuilderClient</code></a></p></blockquote><p>Defined in: react/src/hooks/use-builder.ts:13</p><p>The client of the nearest <code>&lt;BuilderProvider&gt;</code>: actions (<code>send</code>, <code>generate</code>, <code>edit</code>, <code>cancel</code>, <code>restore</code>, <code>loadProject</code>, ...) and the store the other hooks read.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/interfaces/BuilderClient"><code>BuilderClient</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> builder</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> useBuilder</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">button onClick</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">=</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">{() =&gt; builder.send(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;add a dark mode&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)}&gt;Dark mode&lt;/button&gt;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/useBuilder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const useBuilder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  useBuilder as default
};
