import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Plan","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/Plan.md","filePath":"api/@buildwright/client/interfaces/Plan.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/Plan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / Plan</p><h1 id="interface-plan" tabindex="-1">Interface: Plan <a class="header-anchor" href="#interface-plan" aria-label="Permalink to &quot;Interface: Plan&quot;">​</a></h1><p>Defined in: client/src/event-types.ts:8</p><p>A plan the model proposes before building.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="steps" tabindex="-1">steps <a class="header-anchor" href="#steps" aria-label="Permalink to &quot;steps&quot;">​</a></h3><blockquote><p><strong>steps</strong>: <code>object</code>[]</p></blockquote><p>Defined in: client/src/event-types.ts:11</p><h4 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h4><blockquote><p><strong>files</strong>: <code>string</code>[]</p></blockquote><h4 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h4><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><h4 id="title" tabindex="-1">title <a class="header-anchor" href="#title" aria-label="Permalink to &quot;title&quot;">​</a></h4><blockquote><p><strong>title</strong>: <code>string</code></p></blockquote><hr><h3 id="summary" tabindex="-1">summary <a class="header-anchor" href="#summary" aria-label="Permalink to &quot;summary&quot;">​</a></h3><blockquote><p><strong>summary</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:10</p><hr><h3 id="title-1" tabindex="-1">title <a class="header-anchor" href="#title-1" aria-label="Permalink to &quot;title&quot;">​</a></h3><blockquote><p><strong>title</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:9</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/Plan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Plan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Plan as default
};
