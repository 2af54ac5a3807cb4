import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: buildNode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/buildNode.md","filePath":"api/@buildwright/core/variables/buildNode.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/buildNode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / buildNode</p><h1 id="variable-buildnode" tabindex="-1">Variable: buildNode <a class="header-anchor" href="#variable-buildnode" aria-label="Permalink to &quot;Variable: buildNode&quot;">​</a></h1><blockquote><p><code>const</code> <strong>buildNode</strong>: <a href="./../interfaces/RunNode"><code>RunNode</code></a></p></blockquote><p>Defined in: core/src/graph/nodes/build-node.ts:11</p><p>Built-in <code>build</code> node: for each plan step, the model changes files through the file protocol until it calls <code>finish</code>. Without a plan, the whole request is one step.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/buildNode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildNode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildNode as default
};
