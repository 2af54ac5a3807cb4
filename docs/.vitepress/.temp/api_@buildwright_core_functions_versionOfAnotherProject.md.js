import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: versionOfAnotherProject()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/versionOfAnotherProject.md","filePath":"api/@buildwright/core/functions/versionOfAnotherProject.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/versionOfAnotherProject.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / versionOfAnotherProject</p><h1 id="function-versionofanotherproject" tabindex="-1">Function: versionOfAnotherProject() <a class="header-anchor" href="#function-versionofanotherproject" aria-label="Permalink to &quot;Function: versionOfAnotherProject()&quot;">​</a></h1><blockquote><p><strong>versionOfAnotherProject</strong>(<code>runId</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/version-of-another-project.ts:10</p><p>The error of <code>createVersion</code> for a run that already stored a version of another project: a run belongs to one project, so this is a caller&#39;s mistake, not a retry to answer idempotently.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">if</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (existing.projectId </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">!==</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> projectId) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">throw</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> versionOfAnotherProject</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(runId);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/versionOfAnotherProject.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const versionOfAnotherProject = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  versionOfAnotherProject as default
};
