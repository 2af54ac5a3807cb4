import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScriptedLlmOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/scripted/interfaces/ScriptedLlmOptions.md","filePath":"api/@buildwright/adapters/scripted/interfaces/ScriptedLlmOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/scripted/interfaces/ScriptedLlmOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/scripted</a> / ScriptedLlmOptions</p><h1 id="interface-scriptedllmoptions" tabindex="-1">Interface: ScriptedLlmOptions <a class="header-anchor" href="#interface-scriptedllmoptions" aria-label="Permalink to &quot;Interface: ScriptedLlmOptions&quot;">​</a></h1><p>Defined in: core/src/testing/doubles/scripted-llm.ts:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="modelid" tabindex="-1">modelId? <a class="header-anchor" href="#modelid" aria-label="Permalink to &quot;modelId?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>modelId?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/doubles/scripted-llm.ts:12</p><p>Model id reported in usage. Default <code>scripted</code>.</p><hr><h3 id="perrun" tabindex="-1">perRun? <a class="header-anchor" href="#perrun" aria-label="Permalink to &quot;perRun?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>perRun?</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/testing/doubles/scripted-llm.ts:19</p><p>Each run replays the transcript from its first turn, its calls told apart by the request&#39;s <code>context.runId</code> (calls without a context share one replay). For a server or a worker that executes many runs with one model; a transcript then records one run. Default <code>false</code>: every call takes the next unused turn, so one transcript can script a generation and its edits.</p><hr><h3 id="transcript" tabindex="-1">transcript <a class="header-anchor" href="#transcript" aria-label="Permalink to &quot;transcript&quot;">​</a></h3><blockquote><p><strong>transcript</strong>: <code>string</code> | { <code>format</code>: <code>&quot;buildwright.transcript/v1&quot;</code>; <code>prompt?</code>: <code>string</code>; <code>turns</code>: <code>object</code>[]; }</p></blockquote><p>Defined in: core/src/testing/doubles/scripted-llm.ts:10</p><p>A transcript object, or the path of a <code>buildwright.transcript/v1</code> JSON file.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/scripted/interfaces/ScriptedLlmOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScriptedLlmOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScriptedLlmOptions as default
};
