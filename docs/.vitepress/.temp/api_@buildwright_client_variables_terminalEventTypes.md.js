import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: terminalEventTypes","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/variables/terminalEventTypes.md","filePath":"api/@buildwright/client/variables/terminalEventTypes.md"}');
const _sfc_main = { name: "api/@buildwright/client/variables/terminalEventTypes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / terminalEventTypes</p><h1 id="variable-terminaleventtypes" tabindex="-1">Variable: terminalEventTypes <a class="header-anchor" href="#variable-terminaleventtypes" aria-label="Permalink to &quot;Variable: terminalEventTypes&quot;">​</a></h1><blockquote><p><code>const</code> <strong>terminalEventTypes</strong>: readonly [<code>&quot;run.completed&quot;</code>, <code>&quot;run.failed&quot;</code>, <code>&quot;run.cancelled&quot;</code>]</p></blockquote><p>Defined in: client/src/terminal-events.ts:5</p><p>Event types that end a run.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/variables/terminalEventTypes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const terminalEventTypes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  terminalEventTypes as default
};
