import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MessageRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/MessageRecord.md","filePath":"api/@buildwright/client/interfaces/MessageRecord.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/MessageRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / MessageRecord</p><h1 id="interface-messagerecord" tabindex="-1">Interface: MessageRecord <a class="header-anchor" href="#interface-messagerecord" aria-label="Permalink to &quot;Interface: MessageRecord&quot;">​</a></h1><p>Defined in: client/src/records.ts:61</p><p>A chat message of a project&#39;s history.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="content" tabindex="-1">content <a class="header-anchor" href="#content" aria-label="Permalink to &quot;content&quot;">​</a></h3><blockquote><p><strong>content</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:66</p><hr><h3 id="createdat" tabindex="-1">createdAt <a class="header-anchor" href="#createdat" aria-label="Permalink to &quot;createdAt&quot;">​</a></h3><blockquote><p><strong>createdAt</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:67</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:62</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:63</p><hr><h3 id="role" tabindex="-1">role <a class="header-anchor" href="#role" aria-label="Permalink to &quot;role&quot;">​</a></h3><blockquote><p><strong>role</strong>: <code>&quot;user&quot;</code> | <code>&quot;assistant&quot;</code></p></blockquote><p>Defined in: client/src/records.ts:65</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/records.ts:64</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/MessageRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MessageRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MessageRecord as default
};
