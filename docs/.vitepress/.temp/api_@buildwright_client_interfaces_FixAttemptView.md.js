import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FixAttemptView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/FixAttemptView.md","filePath":"api/@buildwright/client/interfaces/FixAttemptView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/FixAttemptView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / FixAttemptView</p><h1 id="interface-fixattemptview" tabindex="-1">Interface: FixAttemptView <a class="header-anchor" href="#interface-fixattemptview" aria-label="Permalink to &quot;Interface: FixAttemptView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:47</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attempt" tabindex="-1">attempt <a class="header-anchor" href="#attempt" aria-label="Permalink to &quot;attempt&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>attempt</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:48</p><hr><h3 id="check" tabindex="-1">check <a class="header-anchor" href="#check" aria-label="Permalink to &quot;check&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>check</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:49</p><hr><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>report</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:50</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/FixAttemptView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FixAttemptView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FixAttemptView as default
};
