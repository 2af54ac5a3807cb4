import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fromLangChainMessages()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/functions/fromLangChainMessages.md","filePath":"api/@buildwright/adapters/langchain/functions/fromLangChainMessages.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/functions/fromLangChainMessages.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / fromLangChainMessages</p><h1 id="function-fromlangchainmessages" tabindex="-1">Function: fromLangChainMessages() <a class="header-anchor" href="#function-fromlangchainmessages" aria-label="Permalink to &quot;Function: fromLangChainMessages()&quot;">​</a></h1><blockquote><p><strong>fromLangChainMessages</strong>(<code>messages</code>): <a href="./../../../core/type-aliases/LlmMessage"><code>LlmMessage</code></a>[]</p></blockquote><p>Defined in: adapters/src/langchain/langchain-messages.ts:41</p><p>LangChain messages as Buildwright messages (to start a run from a LangChain chat history). Content blocks other than text are dropped; unknown message types become user messages.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="messages" tabindex="-1">messages <a class="header-anchor" href="#messages" aria-label="Permalink to &quot;messages&quot;">​</a></h3><p><code>BaseMessage</code>&lt;<code>MessageStructure</code>&lt;<code>MessageToolSet</code>&gt;, <code>MessageType</code>&gt;[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/type-aliases/LlmMessage"><code>LlmMessage</code></a>[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> messages</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> fromLangChainMessages</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> memory.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">getMessages</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">());</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/functions/fromLangChainMessages.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fromLangChainMessages = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fromLangChainMessages as default
};
