import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fileToolDefinitions()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/fileToolDefinitions.md","filePath":"api/@buildwright/core/functions/fileToolDefinitions.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/fileToolDefinitions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / fileToolDefinitions</p><h1 id="function-filetooldefinitions" tabindex="-1">Function: fileToolDefinitions() <a class="header-anchor" href="#function-filetooldefinitions" aria-label="Permalink to &quot;Function: fileToolDefinitions()&quot;">​</a></h1><blockquote><p><strong>fileToolDefinitions</strong>(<code>names</code>): <a href="./../interfaces/LlmToolDefinition"><code>LlmToolDefinition</code></a>[]</p></blockquote><p>Defined in: core/src/protocol/file-tools.ts:48</p><p>The tool definitions sent to the model (JSON Schema from the zod schemas).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="names" tabindex="-1">names <a class="header-anchor" href="#names" aria-label="Permalink to &quot;names&quot;">​</a></h3><p>readonly (<code>&quot;finish&quot;</code> | <code>&quot;submit_plan&quot;</code> | <code>&quot;write_file&quot;</code> | <code>&quot;edit_file&quot;</code> | <code>&quot;delete_file&quot;</code> | <code>&quot;rename_file&quot;</code> | <code>&quot;add_dependencies&quot;</code>)[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LlmToolDefinition"><code>LlmToolDefinition</code></a>[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> tools</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> fileToolDefinitions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">([</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;write_file&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;edit_file&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;finish&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">]);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/fileToolDefinitions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fileToolDefinitions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fileToolDefinitions as default
};
