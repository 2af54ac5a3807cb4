import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: foldEvent()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/functions/foldEvent.md","filePath":"api/@buildwright/client/functions/foldEvent.md"}');
const _sfc_main = { name: "api/@buildwright/client/functions/foldEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / foldEvent</p><h1 id="function-foldevent" tabindex="-1">Function: foldEvent() <a class="header-anchor" href="#function-foldevent" aria-label="Permalink to &quot;Function: foldEvent()&quot;">​</a></h1><blockquote><p><strong>foldEvent</strong>(<code>snapshot</code>, <code>event</code>): <a href="./../interfaces/BuilderSnapshot"><code>BuilderSnapshot</code></a></p></blockquote><p>Defined in: client/src/fold-event.ts:41</p><p>Folds one event of the current run into a snapshot. Pure: events of another run, or with a seq already folded, return the same snapshot object, so a reconnecting stream that replays events changes nothing. Untouched slices keep their identity.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="snapshot" tabindex="-1">snapshot <a class="header-anchor" href="#snapshot" aria-label="Permalink to &quot;snapshot&quot;">​</a></h3><p><a href="./../interfaces/BuilderSnapshot"><code>BuilderSnapshot</code></a></p><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><p><a href="./../type-aliases/BuildwrightEvent"><code>BuildwrightEvent</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BuilderSnapshot"><code>BuilderSnapshot</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">let</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> snapshot </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">=</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> initialSnapshot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">for</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> event</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> of</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> events) snapshot </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">=</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> foldEvent</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(snapshot, event);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/functions/foldEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const foldEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  foldEvent as default
};
