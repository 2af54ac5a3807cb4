import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toTaggedTextMessages()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/toTaggedTextMessages.md","filePath":"api/@buildwright/core/functions/toTaggedTextMessages.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/toTaggedTextMessages.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / toTaggedTextMessages</p><h1 id="function-totaggedtextmessages" tabindex="-1">Function: toTaggedTextMessages() <a class="header-anchor" href="#function-totaggedtextmessages" aria-label="Permalink to &quot;Function: toTaggedTextMessages()&quot;">​</a></h1><blockquote><p><strong>toTaggedTextMessages</strong>(<code>messages</code>, <code>tools</code>): <a href="./../type-aliases/TaggedTextMessage"><code>TaggedTextMessage</code></a>[]</p></blockquote><p>Defined in: core/src/protocol/tagged-text/to-tagged-text-messages.ts:16</p><p>Rewrites a conversation for a model in text mode: the format and the tools are described at the end of the system message, past tool calls become tagged text in the assistant message, and tool results become one user message per run of results.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="messages" tabindex="-1">messages <a class="header-anchor" href="#messages" aria-label="Permalink to &quot;messages&quot;">​</a></h3><p><a href="./../type-aliases/LlmMessage"><code>LlmMessage</code></a>[]</p><h3 id="tools" tabindex="-1">tools <a class="header-anchor" href="#tools" aria-label="Permalink to &quot;tools&quot;">​</a></h3><p><a href="./../interfaces/LlmToolDefinition"><code>LlmToolDefinition</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/TaggedTextMessage"><code>TaggedTextMessage</code></a>[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> messages</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> toTaggedTextMessages</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(request.messages, request.tools);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/toTaggedTextMessages.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toTaggedTextMessages = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toTaggedTextMessages as default
};
