import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/CheckView.md","filePath":"api/@buildwright/client/interfaces/CheckView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/CheckView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / CheckView</p><h1 id="interface-checkview" tabindex="-1">Interface: CheckView <a class="header-anchor" href="#interface-checkview" aria-label="Permalink to &quot;Interface: CheckView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:39</p><p>Latest result of one check (a check runs again after each fix).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="durationms" tabindex="-1">durationMs <a class="header-anchor" href="#durationms" aria-label="Permalink to &quot;durationMs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>durationMs</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:44</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:40</p><hr><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>report</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:43</p><p>Failure report or skip reason.</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>status</strong>: <code>&quot;running&quot;</code> | <code>&quot;passed&quot;</code> | <code>&quot;failed&quot;</code> | <code>&quot;skipped&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:41</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/CheckView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckView as default
};
