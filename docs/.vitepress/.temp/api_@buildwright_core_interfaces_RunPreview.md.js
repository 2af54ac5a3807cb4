import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunPreview","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunPreview.md","filePath":"api/@buildwright/core/interfaces/RunPreview.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunPreview.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunPreview</p><h1 id="interface-runpreview" tabindex="-1">Interface: RunPreview <a class="header-anchor" href="#interface-runpreview" aria-label="Permalink to &quot;Interface: RunPreview&quot;">​</a></h1><p>Defined in: core/src/spec/check.ts:15</p><p>An app a check served and looked at: the run announces it as <code>preview.ready</code> and returns it in its result.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="docsurl" tabindex="-1">docsUrl? <a class="header-anchor" href="#docsurl" aria-label="Permalink to &quot;docsUrl?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>docsUrl?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/check.ts:21</p><p>Where interactive docs of the app are served, when a check serves them (an API run&#39;s docs page: <code>preview.ready</code> carries it as <code>docsUrl</code>).</p><hr><h3 id="screenshotpath" tabindex="-1">screenshotPath <a class="header-anchor" href="#screenshotpath" aria-label="Permalink to &quot;screenshotPath&quot;">​</a></h3><blockquote><p><strong>screenshotPath</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/check.ts:19</p><p>Screenshot of the verified app, when one was taken.</p><hr><h3 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h3><blockquote><p><strong>url</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/check.ts:17</p><p>Where the app is served (it keeps serving after the check).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunPreview.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunPreview = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunPreview as default
};
