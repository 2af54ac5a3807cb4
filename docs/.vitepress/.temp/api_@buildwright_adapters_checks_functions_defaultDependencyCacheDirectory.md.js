import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultDependencyCacheDirectory()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/functions/defaultDependencyCacheDirectory.md","filePath":"api/@buildwright/adapters/checks/functions/defaultDependencyCacheDirectory.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/functions/defaultDependencyCacheDirectory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / defaultDependencyCacheDirectory</p><h1 id="function-defaultdependencycachedirectory" tabindex="-1">Function: defaultDependencyCacheDirectory() <a class="header-anchor" href="#function-defaultdependencycachedirectory" aria-label="Permalink to &quot;Function: defaultDependencyCacheDirectory()&quot;">​</a></h1><blockquote><p><strong>defaultDependencyCacheDirectory</strong>(): <code>string</code></p></blockquote><p>Defined in: adapters/src/checks/dependency-cache.ts:72</p><p>The default cache directory: <code>~/.cache/buildwright/deps</code> (or <code>$BUILDWRIGHT_CACHE_DIR/deps</code>).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { defaultDependencyCacheDirectory } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@buildwright/adapters/checks&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">console.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">log</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">defaultDependencyCacheDirectory</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// /home/me/.cache/buildwright/deps</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/functions/defaultDependencyCacheDirectory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultDependencyCacheDirectory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultDependencyCacheDirectory as default
};
