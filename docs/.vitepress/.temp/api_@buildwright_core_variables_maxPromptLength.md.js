import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maxPromptLength","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/maxPromptLength.md","filePath":"api/@buildwright/core/variables/maxPromptLength.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/maxPromptLength.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / maxPromptLength</p><h1 id="variable-maxpromptlength" tabindex="-1">Variable: maxPromptLength <a class="header-anchor" href="#variable-maxpromptlength" aria-label="Permalink to &quot;Variable: maxPromptLength&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maxPromptLength</strong>: <code>20000</code> = <code>20_000</code></p></blockquote><p>Defined in: core/src/actions/generate.ts:48</p><p>Longest prompt accepted, in characters.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/maxPromptLength.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maxPromptLength = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maxPromptLength as default
};
