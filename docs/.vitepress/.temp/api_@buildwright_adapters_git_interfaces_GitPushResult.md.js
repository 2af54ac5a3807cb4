import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitPushResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/git/interfaces/GitPushResult.md","filePath":"api/@buildwright/adapters/git/interfaces/GitPushResult.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/git/interfaces/GitPushResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/git</a> / GitPushResult</p><h1 id="interface-gitpushresult" tabindex="-1">Interface: GitPushResult <a class="header-anchor" href="#interface-gitpushresult" aria-label="Permalink to &quot;Interface: GitPushResult&quot;">​</a></h1><p>Defined in: adapters/src/git/git-sync.ts:42</p><p>What <a href="./GitSync#push">GitSync.push</a> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="head" tabindex="-1">head <a class="header-anchor" href="#head" aria-label="Permalink to &quot;head&quot;">​</a></h3><blockquote><p><strong>head</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:47</p><p>The remote branch&#39;s commit now (<code>null</code> for an empty remote and a project without versions).</p><hr><h3 id="link" tabindex="-1">link <a class="header-anchor" href="#link" aria-label="Permalink to &quot;link&quot;">​</a></h3><blockquote><p><strong>link</strong>: <a href="./../../../core/interfaces/GitLinkRecord"><code>GitLinkRecord</code></a></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:43</p><hr><h3 id="pushed" tabindex="-1">pushed <a class="header-anchor" href="#pushed" aria-label="Permalink to &quot;pushed&quot;">​</a></h3><blockquote><p><strong>pushed</strong>: <code>object</code>[]</p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:45</p><p>The commit made of each version pushed, oldest first; empty when there was nothing to push.</p><h4 id="commit" tabindex="-1">commit <a class="header-anchor" href="#commit" aria-label="Permalink to &quot;commit&quot;">​</a></h4><blockquote><p><strong>commit</strong>: <code>string</code></p></blockquote><h4 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h4><blockquote><p><strong>version</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/git/interfaces/GitPushResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitPushResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitPushResult as default
};
