import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: dappViteTemplate","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/templates/variables/dappViteTemplate.md","filePath":"api/@buildwright/adapters/templates/variables/dappViteTemplate.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/templates/variables/dappViteTemplate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/templates</a> / dappViteTemplate</p><h1 id="variable-dappvitetemplate" tabindex="-1">Variable: dappViteTemplate <a class="header-anchor" href="#variable-dappvitetemplate" aria-label="Permalink to &quot;Variable: dappViteTemplate&quot;">​</a></h1><blockquote><p><code>const</code> <strong>dappViteTemplate</strong>: <a href="./../../../core/interfaces/Template"><code>Template</code></a></p></blockquote><p>Defined in: adapters/src/templates/dapp-vite/dapp-vite-template.ts:19</p><p>The DApp template: the react-vite stack (React 19, Vite 7, TypeScript strict, Tailwind CSS 4, ESLint) plus wagmi 3, viem 2 and TanStack Query 5, a wagmi config that reads the chain from the generated contract module, a wallet button, and vitest for contract tests. In Buildwright&#39;s preview build a wagmi mock connector with a funded dev account of the local chain is connected (enabled by a sandbox-only env file); any other build uses the browser wallet (injected). RainbowKit is left out: its current release needs wagmi 2, whose connectors pull in the MetaMask, WalletConnect, Coinbase and Safe SDKs (about 3× the install) and a WalletConnect project id.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { dappViteTemplate } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@buildwright/adapters/templates&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> builder</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createBuilder</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">...</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">adapters, templates: { </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;dapp-vite&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: dappViteTemplate } });</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/templates/variables/dappViteTemplate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dappViteTemplate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dappViteTemplate as default
};
