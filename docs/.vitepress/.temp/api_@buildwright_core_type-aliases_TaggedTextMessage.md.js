import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TaggedTextMessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/TaggedTextMessage.md","filePath":"api/@buildwright/core/type-aliases/TaggedTextMessage.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/TaggedTextMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / TaggedTextMessage</p><h1 id="type-alias-taggedtextmessage" tabindex="-1">Type Alias: TaggedTextMessage <a class="header-anchor" href="#type-alias-taggedtextmessage" aria-label="Permalink to &quot;Type Alias: TaggedTextMessage&quot;">​</a></h1><blockquote><p><strong>TaggedTextMessage</strong> = <code>object</code></p></blockquote><p>Defined in: core/src/protocol/tagged-text/to-tagged-text-messages.ts:6</p><p>A message a model without tool calling understands: no tool calls, no <code>tool</code> role.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="content" tabindex="-1">content <a class="header-anchor" href="#content" aria-label="Permalink to &quot;content&quot;">​</a></h3><blockquote><p><strong>content</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/tagged-text/to-tagged-text-messages.ts:6</p><hr><h3 id="role" tabindex="-1">role <a class="header-anchor" href="#role" aria-label="Permalink to &quot;role&quot;">​</a></h3><blockquote><p><strong>role</strong>: <code>&quot;system&quot;</code> | <code>&quot;user&quot;</code> | <code>&quot;assistant&quot;</code></p></blockquote><p>Defined in: core/src/protocol/tagged-text/to-tagged-text-messages.ts:6</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/TaggedTextMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TaggedTextMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TaggedTextMessage as default
};
