import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: previewAccountVariable","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/variables/previewAccountVariable.md","filePath":"api/@buildwright/adapters/dapp/variables/previewAccountVariable.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/variables/previewAccountVariable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / previewAccountVariable</p><h1 id="variable-previewaccountvariable" tabindex="-1">Variable: previewAccountVariable <a class="header-anchor" href="#variable-previewaccountvariable" aria-label="Permalink to &quot;Variable: previewAccountVariable&quot;">​</a></h1><blockquote><p><code>const</code> <strong>previewAccountVariable</strong>: <code>&quot;VITE_BUILDWRIGHT_PREVIEW_ACCOUNT&quot;</code> = <code>&#39;VITE_BUILDWRIGHT_PREVIEW_ACCOUNT&#39;</code></p></blockquote><p>Defined in: adapters/src/dapp/project-paths.ts:31</p><p>Environment variable the template&#39;s wagmi config reads to turn on the preview&#39;s dev connector.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// In your own template&#39;s wagmi config:</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> previewAccount</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">meta</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.env.</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">VITE_BUILDWRIGHT_PREVIEW_ACCOUNT</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> as</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> \`0x\${</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">string</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">}\`</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/variables/previewAccountVariable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const previewAccountVariable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  previewAccountVariable as default
};
