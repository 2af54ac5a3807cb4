import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: startPrivatePostgres()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/testing/functions/startPrivatePostgres.md","filePath":"api/@buildwright/adapters/testing/functions/startPrivatePostgres.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/testing/functions/startPrivatePostgres.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/testing</a> / startPrivatePostgres</p><h1 id="function-startprivatepostgres" tabindex="-1">Function: startPrivatePostgres() <a class="header-anchor" href="#function-startprivatepostgres" aria-label="Permalink to &quot;Function: startPrivatePostgres()&quot;">​</a></h1><blockquote><p><strong>startPrivatePostgres</strong>(): <code>Promise</code>&lt;<a href="./../interfaces/PrivatePostgres"><code>PrivatePostgres</code></a>&gt;</p></blockquote><p>Defined in: adapters/src/testing/private-postgres.ts:41</p><p>A Postgres server of its own for a test, so the test can really stop and restart the database (an outage) without touching a shared server other tests use. Creates a cluster in a temporary directory (initdb, trust auth, no fsync) and starts it on a free port on 127.0.0.1. Postgres refuses to run as root, so as root the binaries run as the <code>postgres</code> OS user (<code>runuser</code>). Needs the server binaries (Debian&#39;s <code>postgresql</code> package); see <a href="./../variables/privatePostgresUnavailable">privatePostgresUnavailable</a>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/PrivatePostgres"><code>PrivatePostgres</code></a>&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> server</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> startPrivatePostgres</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> server.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">stop</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(); </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> server.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">start</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/testing/functions/startPrivatePostgres.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const startPrivatePostgres = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  startPrivatePostgres as default
};
