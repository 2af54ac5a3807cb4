import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectNotFound()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/projectNotFound.md","filePath":"api/@buildwright/core/functions/projectNotFound.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/projectNotFound.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / projectNotFound</p><h1 id="function-projectnotfound" tabindex="-1">Function: projectNotFound() <a class="header-anchor" href="#function-projectnotfound" aria-label="Permalink to &quot;Function: projectNotFound()&quot;">​</a></h1><blockquote><p><strong>projectNotFound</strong>(<code>projectId</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:10</p><p>The errors every storage adapter raises for a missing or taken record, worded once so that memory, PGlite and Postgres storage say the same thing (the storage conformance suite checks the codes).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">if</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">!</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">project) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">throw</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> projectNotFound</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(projectId);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/projectNotFound.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectNotFound = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectNotFound as default
};
