import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PromptBoxProps","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/PromptBoxProps.md","filePath":"api/@buildwright/react/interfaces/PromptBoxProps.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/PromptBoxProps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / PromptBoxProps</p><h1 id="interface-promptboxprops" tabindex="-1">Interface: PromptBoxProps <a class="header-anchor" href="#interface-promptboxprops" aria-label="Permalink to &quot;Interface: PromptBoxProps&quot;">​</a></h1><p>Defined in: react/src/components/prompt-box.tsx:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="approveplan" tabindex="-1">approvePlan? <a class="header-anchor" href="#approveplan" aria-label="Permalink to &quot;approvePlan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>approvePlan?</strong>: <code>boolean</code></p></blockquote><p>Defined in: react/src/components/prompt-box.tsx:14</p><p>Runs stop after their plan until it is approved (<code>&lt;PlanApproval/&gt;</code>). Default false.</p><hr><h3 id="classname" tabindex="-1">className? <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>className?</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/components/prompt-box.tsx:16</p><hr><h3 id="kinds" tabindex="-1">kinds? <a class="header-anchor" href="#kinds" aria-label="Permalink to &quot;kinds?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>kinds?</strong>: readonly <a href="./../../client/type-aliases/ProjectKind"><code>ProjectKind</code></a>[]</p></blockquote><p>Defined in: react/src/components/prompt-box.tsx:12</p><p>Kinds offered before the first generation. Default web, dapp, api.</p><hr><h3 id="placeholder" tabindex="-1">placeholder? <a class="header-anchor" href="#placeholder" aria-label="Permalink to &quot;placeholder?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>placeholder?</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/components/prompt-box.tsx:10</p><p>Placeholder of the text box.</p><hr><h3 id="unstyled" tabindex="-1">unstyled? <a class="header-anchor" href="#unstyled" aria-label="Permalink to &quot;unstyled?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>unstyled?</strong>: <code>boolean</code></p></blockquote><p>Defined in: react/src/components/prompt-box.tsx:15</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/PromptBoxProps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PromptBoxProps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PromptBoxProps as default
};
