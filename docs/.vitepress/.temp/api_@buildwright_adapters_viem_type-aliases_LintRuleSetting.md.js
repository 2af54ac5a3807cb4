import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LintRuleSetting","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/type-aliases/LintRuleSetting.md","filePath":"api/@buildwright/adapters/viem/type-aliases/LintRuleSetting.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/type-aliases/LintRuleSetting.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / LintRuleSetting</p><h1 id="type-alias-lintrulesetting" tabindex="-1">Type Alias: LintRuleSetting <a class="header-anchor" href="#type-alias-lintrulesetting" aria-label="Permalink to &quot;Type Alias: LintRuleSetting&quot;">​</a></h1><blockquote><p><strong>LintRuleSetting</strong> = <code>&quot;off&quot;</code> | <code>&quot;warn&quot;</code> | <code>&quot;error&quot;</code> | [<code>&quot;off&quot;</code> | <code>&quot;warn&quot;</code> | <code>&quot;error&quot;</code>, <code>...unknown[]</code>]</p></blockquote><p>Defined in: adapters/src/viem/lint-rules.ts:2</p><p>A solhint rule setting: a severity, or a severity with the rule&#39;s options.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/type-aliases/LintRuleSetting.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintRuleSetting = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintRuleSetting as default
};
