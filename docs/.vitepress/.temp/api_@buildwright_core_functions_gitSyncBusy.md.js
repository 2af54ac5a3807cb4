import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gitSyncBusy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/gitSyncBusy.md","filePath":"api/@buildwright/core/functions/gitSyncBusy.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/gitSyncBusy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / gitSyncBusy</p><h1 id="function-gitsyncbusy" tabindex="-1">Function: gitSyncBusy() <a class="header-anchor" href="#function-gitsyncbusy" aria-label="Permalink to &quot;Function: gitSyncBusy()&quot;">​</a></h1><blockquote><p><strong>gitSyncBusy</strong>(<code>input</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:46</p><p>A Git sync record (<code>recordGitSync</code>) whose link moved since the sync read it: another push or pull of the project ran meanwhile, or the link was changed or removed. Nothing was stored.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><h4 id="currentlastcommit" tabindex="-1">currentLastCommit <a class="header-anchor" href="#currentlastcommit" aria-label="Permalink to &quot;currentLastCommit&quot;">​</a></h4><p><code>string</code> | <code>null</code> | <code>undefined</code></p><h4 id="expectedlastcommit" tabindex="-1">expectedLastCommit <a class="header-anchor" href="#expectedlastcommit" aria-label="Permalink to &quot;expectedLastCommit&quot;">​</a></h4><p><code>string</code> | <code>null</code></p><h4 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/gitSyncBusy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gitSyncBusy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gitSyncBusy as default
};
