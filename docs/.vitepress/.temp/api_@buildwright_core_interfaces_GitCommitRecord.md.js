import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitCommitRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/GitCommitRecord.md","filePath":"api/@buildwright/core/interfaces/GitCommitRecord.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/GitCommitRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / GitCommitRecord</p><h1 id="interface-gitcommitrecord" tabindex="-1">Interface: GitCommitRecord <a class="header-anchor" href="#interface-gitcommitrecord" aria-label="Permalink to &quot;Interface: GitCommitRecord&quot;">​</a></h1><p>Defined in: core/src/spec/git-records.ts:26</p><p>The commit of one version on the linked remote (<code>gitSync</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="commit" tabindex="-1">commit <a class="header-anchor" href="#commit" aria-label="Permalink to &quot;commit&quot;">​</a></h3><blockquote><p><strong>commit</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:34</p><p>The commit whose tree is the version&#39;s files: the commit a push made of it, or the remote commit a pull made it from. <code>null</code> for a version a pull merged and no push has sent yet.</p><hr><h3 id="mergedcommit" tabindex="-1">mergedCommit <a class="header-anchor" href="#mergedcommit" aria-label="Permalink to &quot;mergedCommit&quot;">​</a></h3><blockquote><p><strong>mergedCommit</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:39</p><p>The remote commit the version merged (a pull of a divergence): the push makes the version&#39;s commit a merge of its previous version&#39;s commit and this one. <code>null</code> otherwise.</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:27</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/git-records.ts:29</p><p>The version&#39;s number.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/GitCommitRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitCommitRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitCommitRecord as default
};
