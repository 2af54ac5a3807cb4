import { resolveComponent, withCtx, createTextVNode, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createTaggedTextParser()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/createTaggedTextParser.md","filePath":"api/@buildwright/core/functions/createTaggedTextParser.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/createTaggedTextParser.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_arg = resolveComponent("arg");
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / createTaggedTextParser</p><h1 id="function-createtaggedtextparser" tabindex="-1">Function: createTaggedTextParser() <a class="header-anchor" href="#function-createtaggedtextparser" aria-label="Permalink to &quot;Function: createTaggedTextParser()&quot;">​</a></h1><blockquote><p><strong>createTaggedTextParser</strong>(<code>options?</code>): <a href="./../interfaces/TaggedTextParser"><code>TaggedTextParser</code></a></p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:83</p><p>Creates a streaming parser for models without native tool calling (see docs/tagged-text.md). A call looks like \`&lt;tool_call name=&quot;write_file&quot;&gt;`);
  _push(ssrRenderComponent(_component_arg, { name: "path" }, {
    default: withCtx((_, _push2, _parent2, _scopeId) => {
      if (_push2) {
        _push2(`src/App.tsx`);
      } else {
        return [
          createTextVNode("src/App.tsx")
        ];
      }
    }),
    _: 1
  }, _parent));
  _push(`</p>`);
  _push(ssrRenderComponent(_component_arg, { name: "content" }, {
    default: withCtx((_, _push2, _parent2, _scopeId) => {
      if (_push2) {
        _push2(`...`);
      } else {
        return [
          createTextVNode("...")
        ];
      }
    }),
    _: 1
  }, _parent));
  _push(`&lt;/tool_call&gt;\`; the body may instead be one JSON object of the<p>arguments. Tags may be split across chunks anywhere. Tolerated: stray spaces and any case in tags, unquoted or single-quoted names, a missing <code>&lt;/tool_call&gt;</code> or <code>&lt;/arg&gt;</code> where the next tag makes the end clear, code fences around a call or a value, CRLF, CDATA, Hermes-style <code>&lt;tool_call&gt;{&quot;name&quot;: ..., &quot;arguments&quot;: ...}&lt;/tool_call&gt;</code>. Refused with LLM_BAD_OUTPUT: output cut off inside a value or a tag, a call without a tool name, an <code>&lt;arg&gt;</code> outside a call, an argument given twice, a body that is neither arguments nor JSON.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/TaggedTextParserOptions"><code>TaggedTextParserOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TaggedTextParser"><code>TaggedTextParser</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> parser</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createTaggedTextParser</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ tools });</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">for</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> chunk</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> of</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> modelText) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">for</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> part</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> of</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> parser.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">push</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(chunk)) </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">handle</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(part);</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">for</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> part</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> of</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> parser.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">end</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()) </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">handle</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(part);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/createTaggedTextParser.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createTaggedTextParser = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createTaggedTextParser as default
};
