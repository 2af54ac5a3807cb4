import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitSyncCallOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/git/interfaces/GitSyncCallOptions.md","filePath":"api/@buildwright/adapters/git/interfaces/GitSyncCallOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/git/interfaces/GitSyncCallOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/git</a> / GitSyncCallOptions</p><h1 id="interface-gitsynccalloptions" tabindex="-1">Interface: GitSyncCallOptions <a class="header-anchor" href="#interface-gitsynccalloptions" aria-label="Permalink to &quot;Interface: GitSyncCallOptions&quot;">​</a></h1><p>Defined in: adapters/src/git/git-sync.ts:31</p><p>What a push or pull of one project takes (each overrides the link or the <code>gitSync</code> option).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="auth" tabindex="-1">auth? <a class="header-anchor" href="#auth" aria-label="Permalink to &quot;auth?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>auth?</strong>: <a href="./GitAuth"><code>GitAuth</code></a></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:36</p><hr><h3 id="author" tabindex="-1">author? <a class="header-anchor" href="#author" aria-label="Permalink to &quot;author?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>author?</strong>: <a href="./GitAuthor"><code>GitAuthor</code></a></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:37</p><hr><h3 id="branch" tabindex="-1">branch? <a class="header-anchor" href="#branch" aria-label="Permalink to &quot;branch?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>branch?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:35</p><p>The remote branch (default: the link&#39;s, else <code>main</code>).</p><hr><h3 id="ownerid" tabindex="-1">ownerId? <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>ownerId?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:38</p><hr><h3 id="remote" tabindex="-1">remote? <a class="header-anchor" href="#remote" aria-label="Permalink to &quot;remote?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>remote?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-sync.ts:33</p><p>The remote&#39;s URL, without credentials. Needed the first time; later the project&#39;s stored link is used. A different one relinks the project (its sync starts over).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/git/interfaces/GitSyncCallOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitSyncCallOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitSyncCallOptions as default
};
