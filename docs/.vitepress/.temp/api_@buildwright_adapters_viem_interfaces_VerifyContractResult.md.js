import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerifyContractResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/VerifyContractResult.md","filePath":"api/@buildwright/adapters/viem/interfaces/VerifyContractResult.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/VerifyContractResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / VerifyContractResult</p><h1 id="interface-verifycontractresult" tabindex="-1">Interface: VerifyContractResult <a class="header-anchor" href="#interface-verifycontractresult" aria-label="Permalink to &quot;Interface: VerifyContractResult&quot;">​</a></h1><p>Defined in: adapters/src/viem/verify-contract.ts:27</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="guid" tabindex="-1">guid? <a class="header-anchor" href="#guid" aria-label="Permalink to &quot;guid?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>guid?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/verify-contract.ts:33</p><p>The submission receipt, when one was issued.</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/verify-contract.ts:31</p><p>The explorer&#39;s own words, e.g. <code>Pass - Verified</code> or <code>Fail - Unable to verify</code>.</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <code>&quot;failed&quot;</code> | <code>&quot;verified&quot;</code></p></blockquote><p>Defined in: adapters/src/viem/verify-contract.ts:29</p><p><code>verified</code> (now or already before) or <code>failed</code> (the explorer said why in <code>message</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/VerifyContractResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifyContractResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifyContractResult as default
};
