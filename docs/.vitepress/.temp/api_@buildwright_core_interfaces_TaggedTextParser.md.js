import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TaggedTextParser","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/TaggedTextParser.md","filePath":"api/@buildwright/core/interfaces/TaggedTextParser.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/TaggedTextParser.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / TaggedTextParser</p><h1 id="interface-taggedtextparser" tabindex="-1">Interface: TaggedTextParser <a class="header-anchor" href="#interface-taggedtextparser" aria-label="Permalink to &quot;Interface: TaggedTextParser&quot;">​</a></h1><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:26</p><p>A streaming parser of the tagged-text tool protocol.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="end" tabindex="-1">end() <a class="header-anchor" href="#end" aria-label="Permalink to &quot;end()&quot;">​</a></h3><blockquote><p><strong>end</strong>(): <a href="./../type-aliases/TaggedTextPart"><code>TaggedTextPart</code></a>[]</p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:30</p><p>Ends the stream; returns the remaining parts. Throws LLM_BAD_OUTPUT for what it cannot parse.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./../type-aliases/TaggedTextPart"><code>TaggedTextPart</code></a>[]</p><hr><h3 id="push" tabindex="-1">push() <a class="header-anchor" href="#push" aria-label="Permalink to &quot;push()&quot;">​</a></h3><blockquote><p><strong>push</strong>(<code>chunk</code>): <a href="./../type-aliases/TaggedTextPart"><code>TaggedTextPart</code></a>[]</p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:28</p><p>Feeds the next piece of model output; returns the parts it completed. Throws LLM_BAD_OUTPUT.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="chunk" tabindex="-1">chunk <a class="header-anchor" href="#chunk" aria-label="Permalink to &quot;chunk&quot;">​</a></h5><p><code>string</code></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./../type-aliases/TaggedTextPart"><code>TaggedTextPart</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/TaggedTextParser.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TaggedTextParser = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TaggedTextParser as default
};
