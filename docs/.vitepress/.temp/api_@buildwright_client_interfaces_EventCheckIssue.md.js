import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventCheckIssue","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/EventCheckIssue.md","filePath":"api/@buildwright/client/interfaces/EventCheckIssue.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/EventCheckIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / EventCheckIssue</p><h1 id="interface-eventcheckissue" tabindex="-1">Interface: EventCheckIssue <a class="header-anchor" href="#interface-eventcheckissue" aria-label="Permalink to &quot;Interface: EventCheckIssue&quot;">​</a></h1><p>Defined in: client/src/event-types.ts:15</p><p>A problem a check found, at a place in a file when it has one.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./SolidityIssue"><code>SolidityIssue</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="column" tabindex="-1">column? <a class="header-anchor" href="#column" aria-label="Permalink to &quot;column?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>column?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/event-types.ts:18</p><hr><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>file?</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:16</p><hr><h3 id="line" tabindex="-1">line? <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>line?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/event-types.ts:17</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:19</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/EventCheckIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventCheckIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventCheckIssue as default
};
