import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TurnPicker","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/testing/type-aliases/TurnPicker.md","filePath":"api/@buildwright/adapters/testing/type-aliases/TurnPicker.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/testing/type-aliases/TurnPicker.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/testing</a> / TurnPicker</p><h1 id="type-alias-turnpicker" tabindex="-1">Type Alias: TurnPicker <a class="header-anchor" href="#type-alias-turnpicker" aria-label="Permalink to &quot;Type Alias: TurnPicker&quot;">​</a></h1><blockquote><p><strong>TurnPicker</strong> = (<code>request</code>, <code>cursor</code>, <code>transcript</code>) =&gt; <a href="./../../../core/type-aliases/TranscriptTurn"><code>TranscriptTurn</code></a></p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:19</p><p>Picks the turn that answers a request; <code>cursor.next(node)</code> takes turns by node like <code>scriptedLlm</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="request" tabindex="-1">request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;request&quot;">​</a></h3><p><a href="./../interfaces/RecordedRequest"><code>RecordedRequest</code></a></p><h3 id="cursor" tabindex="-1">cursor <a class="header-anchor" href="#cursor" aria-label="Permalink to &quot;cursor&quot;">​</a></h3><p><code>ReturnType</code>&lt;<em>typeof</em> <a href="./../../../core/functions/createTurnCursor"><code>createTurnCursor</code></a>&gt;</p><h3 id="transcript" tabindex="-1">transcript <a class="header-anchor" href="#transcript" aria-label="Permalink to &quot;transcript&quot;">​</a></h3><p><a href="./../../../core/type-aliases/Transcript"><code>Transcript</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/type-aliases/TranscriptTurn"><code>TranscriptTurn</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/testing/type-aliases/TurnPicker.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TurnPicker = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TurnPicker as default
};
