import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExternalToolOutput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ExternalToolOutput.md","filePath":"api/@buildwright/core/interfaces/ExternalToolOutput.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ExternalToolOutput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ExternalToolOutput</p><h1 id="interface-externaltooloutput" tabindex="-1">Interface: ExternalToolOutput <a class="header-anchor" href="#interface-externaltooloutput" aria-label="Permalink to &quot;Interface: ExternalToolOutput&quot;">​</a></h1><p>Defined in: core/src/spec/tool-provider.ts:26</p><p>What a tool call or resource read returned, flattened to text.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="iserror" tabindex="-1">isError <a class="header-anchor" href="#iserror" aria-label="Permalink to &quot;isError&quot;">​</a></h3><blockquote><p><strong>isError</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:30</p><p>True when the server reported the call as failed (its text says why).</p><hr><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><blockquote><p><strong>text</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:28</p><p>The result as text (a server&#39;s text parts joined; other parts described in brackets).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ExternalToolOutput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExternalToolOutput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExternalToolOutput as default
};
