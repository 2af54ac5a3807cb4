import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitSyncVersionInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/GitSyncVersionInput.md","filePath":"api/@buildwright/core/interfaces/GitSyncVersionInput.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/GitSyncVersionInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / GitSyncVersionInput</p><h1 id="interface-gitsyncversioninput" tabindex="-1">Interface: GitSyncVersionInput <a class="header-anchor" href="#interface-gitsyncversioninput" aria-label="Permalink to &quot;Interface: GitSyncVersionInput&quot;">​</a></h1><p>Defined in: core/src/spec/git-records.ts:43</p><p>A version a sync stores with its commit (see <code>StorageAdapter.recordGitSync</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="commit" tabindex="-1">commit <a class="header-anchor" href="#commit" aria-label="Permalink to &quot;commit&quot;">​</a></h3><blockquote><p><strong>commit</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:49</p><p>The remote commit its files are (a fast-forward pull), or <code>null</code> for a merge not pushed yet.</p><hr><h3 id="expectedhead" tabindex="-1">expectedHead <a class="header-anchor" href="#expectedhead" aria-label="Permalink to &quot;expectedHead&quot;">​</a></h3><blockquote><p><strong>expectedHead</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:47</p><p>The project&#39;s current version the files were made from (<code>null</code> for none): <code>VERSION_CONFLICT</code> otherwise.</p><hr><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: core/src/spec/git-records.ts:45</p><hr><h3 id="mergedcommit" tabindex="-1">mergedCommit <a class="header-anchor" href="#mergedcommit" aria-label="Permalink to &quot;mergedCommit&quot;">​</a></h3><blockquote><p><strong>mergedCommit</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:51</p><p>The remote commit it merged (a pull of a divergence), else <code>null</code>.</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:44</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/GitSyncVersionInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitSyncVersionInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitSyncVersionInput as default
};
