import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GitAuth","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/git/interfaces/GitAuth.md","filePath":"api/@buildwright/adapters/git/interfaces/GitAuth.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/git/interfaces/GitAuth.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/git</a> / GitAuth</p><h1 id="interface-gitauth" tabindex="-1">Interface: GitAuth <a class="header-anchor" href="#interface-gitauth" aria-label="Permalink to &quot;Interface: GitAuth&quot;">​</a></h1><p>Defined in: adapters/src/git/git-remote.ts:15</p><p>Credentials for the remote, as isomorphic-git&#39;s <code>onAuth</code> takes them: a GitHub token is <code>{ username: token }</code> (or <code>{ username: &#39;x-access-token&#39;, password: token }</code>), other hosts take a user name and password or token, or extra <code>headers</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="headers" tabindex="-1">headers? <a class="header-anchor" href="#headers" aria-label="Permalink to &quot;headers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>headers?</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: adapters/src/git/git-remote.ts:18</p><hr><h3 id="password" tabindex="-1">password? <a class="header-anchor" href="#password" aria-label="Permalink to &quot;password?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>password?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-remote.ts:17</p><hr><h3 id="username" tabindex="-1">username? <a class="header-anchor" href="#username" aria-label="Permalink to &quot;username?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>username?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/git/git-remote.ts:16</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/git/interfaces/GitAuth.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GitAuth = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GitAuth as default
};
