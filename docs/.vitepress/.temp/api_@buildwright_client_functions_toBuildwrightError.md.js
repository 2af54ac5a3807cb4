import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toBuildwrightError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/functions/toBuildwrightError.md","filePath":"api/@buildwright/client/functions/toBuildwrightError.md"}');
const _sfc_main = { name: "api/@buildwright/client/functions/toBuildwrightError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / toBuildwrightError</p><h1 id="function-tobuildwrighterror" tabindex="-1">Function: toBuildwrightError() <a class="header-anchor" href="#function-tobuildwrighterror" aria-label="Permalink to &quot;Function: toBuildwrightError()&quot;">​</a></h1><blockquote><p><strong>toBuildwrightError</strong>(<code>error</code>, <code>fallback?</code>): <a href="./../classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: client/src/buildwright-error.ts:136</p><p>Wraps anything thrown into a BuildwrightError, keeping BuildwrightErrors as they are.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h3 id="fallback" tabindex="-1">fallback? <a class="header-anchor" href="#fallback" aria-label="Permalink to &quot;fallback?&quot;">​</a></h3><p><code>Omit</code>&lt;<a href="./../interfaces/BuildwrightErrorOptions"><code>BuildwrightErrorOptions</code></a>, <code>&quot;cause&quot;</code>&gt; = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/functions/toBuildwrightError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toBuildwrightError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toBuildwrightError as default
};
