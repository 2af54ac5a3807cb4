import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Transcript","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/Transcript.md","filePath":"api/@buildwright/core/type-aliases/Transcript.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/Transcript.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / Transcript</p><h1 id="type-alias-transcript" tabindex="-1">Type Alias: Transcript <a class="header-anchor" href="#type-alias-transcript" aria-label="Permalink to &quot;Type Alias: Transcript&quot;">​</a></h1><blockquote><p><strong>Transcript</strong> = <code>z.infer</code>&lt;<em>typeof</em> <a href="./../variables/transcriptSchema"><code>transcriptSchema</code></a>&gt;</p></blockquote><p>Defined in: core/src/protocol/transcript.ts:26</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/Transcript.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Transcript = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Transcript as default
};
