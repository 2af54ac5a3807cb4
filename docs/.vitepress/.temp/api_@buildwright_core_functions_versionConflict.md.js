import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: versionConflict()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/versionConflict.md","filePath":"api/@buildwright/core/functions/versionConflict.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/versionConflict.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / versionConflict</p><h1 id="function-versionconflict" tabindex="-1">Function: versionConflict() <a class="header-anchor" href="#function-versionconflict" aria-label="Permalink to &quot;Function: versionConflict()&quot;">​</a></h1><blockquote><p><strong>versionConflict</strong>(<code>__namedParameters</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/version-conflict.ts:21</p><p>The <code>VERSION_CONFLICT</code> every storage adapter raises when <code>createVersion</code>&#39;s <code>expectedHead</code> is not the project&#39;s current version: one message and one <code>details</code> shape for all of them.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="namedparameters" tabindex="-1">__namedParameters <a class="header-anchor" href="#namedparameters" aria-label="Permalink to &quot;\\_\\_namedParameters&quot;">​</a></h3><p><a href="./../interfaces/VersionConflictOptions"><code>VersionConflictOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">if</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (expectedHead </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">!==</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> &amp;&amp;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> expectedHead </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">!==</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> project.currentVersion) {</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  throw</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> versionConflict</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ projectId, expectedHead, currentHead: project.currentVersion });</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">}</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/versionConflict.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const versionConflict = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  versionConflict as default
};
