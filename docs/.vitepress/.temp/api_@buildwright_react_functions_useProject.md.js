import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: useProject()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/useProject.md","filePath":"api/@buildwright/react/functions/useProject.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/useProject.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / useProject</p><h1 id="function-useproject" tabindex="-1">Function: useProject() <a class="header-anchor" href="#function-useproject" aria-label="Permalink to &quot;Function: useProject()&quot;">​</a></h1><blockquote><p><strong>useProject</strong>(<code>projectId?</code>): <a href="./../../client/interfaces/ProjectRecord"><code>ProjectRecord</code></a> | <code>null</code></p></blockquote><p>Defined in: react/src/hooks/use-project.ts:16</p><p>The current project. Given a <code>projectId</code> that is not loaded, loads it (history, files, versions, latest run).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="projectid" tabindex="-1">projectId? <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId?&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/interfaces/ProjectRecord"><code>ProjectRecord</code></a> | <code>null</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> project</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> useProject</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(params.projectId);</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">return</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> &lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">h1</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;{project?.name ?? </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;Loading…&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">}</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;/</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">h1</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&gt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/useProject.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const useProject = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  useProject as default
};
