import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createDappSession()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/functions/createDappSession.md","filePath":"api/@buildwright/adapters/dapp/functions/createDappSession.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/functions/createDappSession.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / createDappSession</p><h1 id="function-createdappsession" tabindex="-1">Function: createDappSession() <a class="header-anchor" href="#function-createdappsession" aria-label="Permalink to &quot;Function: createDappSession()&quot;">​</a></h1><blockquote><p><strong>createDappSession</strong>(<code>maxRuns?</code>): <a href="./../interfaces/DappSession"><code>DappSession</code></a></p></blockquote><p>Defined in: adapters/src/dapp/dapp-session.ts:45</p><p>Creates the shared state of a set of dapp checks. <code>dappChecks()</code> makes one; checks made alone share a process-wide one.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="maxruns" tabindex="-1">maxRuns? <a class="header-anchor" href="#maxruns" aria-label="Permalink to &quot;maxRuns?&quot;">​</a></h3><p><code>number</code> = <code>64</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/DappSession"><code>DappSession</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> session</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createDappSession</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> checks</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> [</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">contractCompileCheck</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ session }), </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">contractDeployCheck</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ session })];</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/functions/createDappSession.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createDappSession = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createDappSession as default
};
