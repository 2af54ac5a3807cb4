import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toLangChainMessages()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/functions/toLangChainMessages.md","filePath":"api/@buildwright/adapters/langchain/functions/toLangChainMessages.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/functions/toLangChainMessages.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / toLangChainMessages</p><h1 id="function-tolangchainmessages" tabindex="-1">Function: toLangChainMessages() <a class="header-anchor" href="#function-tolangchainmessages" aria-label="Permalink to &quot;Function: toLangChainMessages()&quot;">​</a></h1><blockquote><p><strong>toLangChainMessages</strong>(<code>messages</code>): <code>BaseMessage</code>&lt;<code>MessageStructure</code>&lt;<code>MessageToolSet</code>&gt;, <code>MessageType</code>&gt;[]</p></blockquote><p>Defined in: adapters/src/langchain/langchain-messages.ts:11</p><p>Buildwright messages as LangChain messages. A past tool call whose arguments did not parse goes back as an <code>invalid_tool_calls</code> entry with its raw text.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="messages" tabindex="-1">messages <a class="header-anchor" href="#messages" aria-label="Permalink to &quot;messages&quot;">​</a></h3><p><a href="./../../../core/type-aliases/LlmMessage"><code>LlmMessage</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>BaseMessage</code>&lt;<code>MessageStructure</code>&lt;<code>MessageToolSet</code>&gt;, <code>MessageType</code>&gt;[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> history</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> toLangChainMessages</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">([{ role: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;user&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, content: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;Make a counter.&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }]);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/functions/toLangChainMessages.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toLangChainMessages = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toLangChainMessages as default
};
