import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckIssue","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/CheckIssue.md","filePath":"api/@buildwright/core/interfaces/CheckIssue.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/CheckIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CheckIssue</p><h1 id="interface-checkissue" tabindex="-1">Interface: CheckIssue <a class="header-anchor" href="#interface-checkissue" aria-label="Permalink to &quot;Interface: CheckIssue&quot;">​</a></h1><p>Defined in: core/src/spec/check.ts:7</p><p>A problem a check found, with its place when known.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="column" tabindex="-1">column? <a class="header-anchor" href="#column" aria-label="Permalink to &quot;column?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>column?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/check.ts:10</p><hr><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>file?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/check.ts:8</p><hr><h3 id="line" tabindex="-1">line? <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>line?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/check.ts:9</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/check.ts:11</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/CheckIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckIssue as default
};
