/**
 * The default theme: plain CSS, no Tailwind needed. Looks are wrapped in `:where()` so they have
 * no specificity and any host style wins; colors, radius and fonts are CSS variables on `.bw`:
 *
 * ```css
 * .bw { --bw-accent: #0a7d4f; --bw-radius: 4px; }
 * ```
 *
 * What the code view needs to lay out one line per line (display, white-space, no padding on its
 * `<code>`) is instead in single-class rules (specificity 0,1,0, not in a cascade layer): element
 * rules of a host's global CSS, such as the stock Vite template's `code { display: inline-flex;
 * padding: 4px 8px }`, lose to them. A `@layer` would not do: any unlayered host rule beats every
 * layered rule, whatever its specificity.
 *
 * Dark colors follow `prefers-color-scheme`; `data-theme="dark"` or `"light"` on a `.bw` element or
 * on an ancestor (e.g. `<html>`) overrides the system's choice.
 */
const lightColors =
  '--bw-bg:#fff;--bw-surface:#f6f7f9;--bw-border:#d9dde3;--bw-text:#1b1f24;--bw-muted:#5b6572;--bw-accent:#3b5bdb;--bw-accent-text:#fff;--bw-danger:#c92a2a;--bw-success:#2b8a3e;--bw-warn:#b35c00;--bw-add:#e6f6ea;--bw-remove:#fdecec;--bw-tok-comment:#6a737d;--bw-tok-string:#0a7d4f;--bw-tok-number:#b35c00;--bw-tok-keyword:#7c3aed;--bw-tok-tag:#1864ab;--bw-tok-attr:#a61e4d;--bw-tok-property:#1864ab;color-scheme:light';
const darkColors =
  '--bw-bg:#16181c;--bw-surface:#1f2228;--bw-border:#343a43;--bw-text:#e8eaed;--bw-muted:#9aa4b1;--bw-accent:#7b93ff;--bw-accent-text:#0c0f1a;--bw-danger:#ff8787;--bw-success:#69db7c;--bw-warn:#ffc078;--bw-add:#16331f;--bw-remove:#3b1c1c;--bw-tok-comment:#8b949e;--bw-tok-string:#8ce99a;--bw-tok-number:#ffc078;--bw-tok-keyword:#d0bfff;--bw-tok-tag:#74c0fc;--bw-tok-attr:#faa2c1;--bw-tok-property:#74c0fc;color-scheme:dark';

export const defaultThemeCss = `
:where(.bw){${lightColors}}
:where(.bw){--bw-radius:8px;--bw-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--bw-mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;--bw-focus:0 0 0 3px color-mix(in srgb,var(--bw-accent) 35%,transparent);box-sizing:border-box;font-family:var(--bw-font);color:var(--bw-text);background:var(--bw-bg);font-size:14px;line-height:1.45}
@media (prefers-color-scheme:dark){:where(.bw:not([data-theme=light],[data-theme=light] *)){${darkColors}}}
:where(.bw[data-theme=dark],[data-theme=dark] .bw){${darkColors}}
:where(.bw[data-theme=light]){${lightColors}}
:where(.bw *,.bw *::before,.bw *::after){box-sizing:inherit}
:where(.bw button,.bw select,.bw textarea,.bw input,.bw a){font:inherit;color:inherit}
:where(.bw button){cursor:pointer;border:1px solid var(--bw-border);background:var(--bw-surface);border-radius:calc(var(--bw-radius) - 2px);padding:.35em .8em}
:where(.bw button:disabled){cursor:not-allowed;opacity:.55}
:where(.bw button:focus-visible,.bw a:focus-visible,.bw textarea:focus-visible,.bw input:focus-visible,.bw select:focus-visible,.bw [tabindex]:focus-visible){outline:2px solid var(--bw-accent);outline-offset:1px}
:where(.bw-primary){background:var(--bw-accent);color:var(--bw-accent-text);border-color:var(--bw-accent)}
:where(.bw-danger-button){color:var(--bw-danger);border-color:var(--bw-danger)}
:where(.bw-visually-hidden){position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
:where(.bw-chat){display:flex;flex-direction:column;height:100%;min-height:320px;border:1px solid var(--bw-border);border-radius:var(--bw-radius);overflow:hidden}
:where(.bw-chat-header){display:flex;align-items:center;gap:.75em;padding:.5em .9em;border-bottom:1px solid var(--bw-border);background:var(--bw-surface)}
:where(.bw-chat-title){font-weight:600;margin:0;font-size:1em;flex:1}
:where(.bw-chat-log){flex:1;overflow:auto;padding:.9em;display:flex;flex-direction:column;gap:.7em}
:where(.bw-message){max-width:92%;padding:.55em .8em;border-radius:var(--bw-radius);white-space:pre-wrap;overflow-wrap:anywhere}
:where(.bw-message-user){align-self:flex-end;background:var(--bw-accent);color:var(--bw-accent-text)}
:where(.bw-message-assistant){align-self:flex-start;background:var(--bw-surface)}
:where(.bw-message-error){align-self:flex-start;background:var(--bw-remove);color:var(--bw-danger)}
:where(.bw-message-notice){align-self:center;color:var(--bw-muted);font-size:.9em}
:where(.bw-message[aria-busy=true])::after{content:"▍";animation:bw-blink 1s steps(1) infinite}
@keyframes bw-blink{50%{opacity:0}}
:where(.bw-panel){border:1px solid var(--bw-border);border-radius:var(--bw-radius);padding:.6em .8em;background:var(--bw-bg)}
:where(.bw-panel-title){margin:0 0 .4em;font-size:.95em;font-weight:600}
:where(.bw-plan-steps,.bw-checks,.bw-fixes){list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.25em}
:where(.bw-status){display:inline-block;width:1.2em;text-align:center;margin-right:.35em}
:where([data-status=running] > .bw-status){color:var(--bw-accent);animation:bw-spin 1.2s linear infinite}
:where([data-status=done] > .bw-status,[data-status=passed] > .bw-status){color:var(--bw-success)}
:where([data-status=failed] > .bw-status){color:var(--bw-danger)}
:where([data-status=pending] > .bw-status,[data-status=skipped] > .bw-status){color:var(--bw-muted)}
@keyframes bw-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){:where(.bw *){animation:none!important}}
:where(.bw-fix-report){margin:.2em 0 0 1.6em;color:var(--bw-muted);font-size:.9em;white-space:pre-wrap}
:where(.bw-notices){color:var(--bw-muted);font-size:.85em;margin:0;padding-left:1.1em}
:where(.bw-requirements) > p{margin:.3em 0}
:where(.bw-requirements-stories){margin:.3em 0;padding-left:1.4em}
:where(.bw-requirements-stories ul){color:var(--bw-muted);font-size:.9em;padding-left:1.1em}
:where(.bw-message-activity){align-self:stretch;max-width:100%;padding:0;background:none;white-space:normal}
:where(.bw-activity){display:flex;flex-direction:column;gap:.35em}
:where(.bw-activity-section){border:1px solid var(--bw-border);border-radius:var(--bw-radius);padding:.35em .7em;background:var(--bw-bg)}
:where(.bw-activity-section > summary){cursor:pointer;font-weight:600;font-size:.92em;padding:.15em 0}
:where(.bw-activity-section[open] > summary){margin-bottom:.35em}
:where(.bw-activity-section .bw-plan){border:0;padding:0}
:where(.bw-activity-section .bw-plan > .bw-panel-title){display:none}
:where(.bw-activity-files){list-style:none;margin:0;padding:0;font-size:.9em;display:grid;gap:.15em}
:where(.bw-activity-files code){font-family:var(--bw-mono);overflow-wrap:anywhere}
@media (max-width:640px){:where(.bw-chat){min-height:0;border-radius:0;border-left:0;border-right:0}:where(.bw-chat-header){flex-wrap:wrap;gap:.4em;padding:.45em .6em}:where(.bw-chat-title){flex-basis:100%}:where(.bw-chat-log){padding:.6em;gap:.55em}:where(.bw-message){max-width:100%}:where(.bw-prompt){padding:.5em}:where(.bw-prompt-row){flex-wrap:wrap}:where(.bw-prompt-hint){display:none}:where(.bw-prompt-row button,.bw-prompt-row select){min-height:44px;flex:1}:where(.bw-chat-header button){min-height:36px}:where(.bw-markdown pre){max-width:100%;overflow:auto}}
:where(.bw-plan-edit-steps){margin:0;padding-left:1.4em;display:grid;gap:.3em}:where(.bw-plan-edit-steps li){display:flex;gap:.3em;align-items:center}:where(.bw-plan-edit-steps input){flex:1}:where(.bw-plan-actions){display:flex;gap:.5em;margin-top:.5em}
:where(.bw-tool-approvals){list-style:none;margin:0;padding:0;display:grid;gap:.5em}
:where(.bw-tool-approval){border:1px solid var(--bw-border);border-radius:var(--bw-radius);padding:.5em .8em}
:where(.bw-tool-arguments){font-size:.85em;margin:.4em 0;white-space:pre-wrap;overflow-wrap:anywhere}
:where(.bw-tool-actions){display:flex;gap:.5em}
:where(.bw-alert){color:var(--bw-danger);background:var(--bw-remove);border-radius:var(--bw-radius);padding:.5em .8em;display:flex;gap:.5em;align-items:start}
:where(.bw-cost){font-variant-numeric:tabular-nums;color:var(--bw-muted);font-size:.85em}
:where(.bw-connection){font-size:.8em;color:var(--bw-warn)}
:where(.bw-prompt){display:flex;flex-direction:column;gap:.5em;padding:.7em;border-top:1px solid var(--bw-border);background:var(--bw-surface)}
:where(.bw-prompt textarea){width:100%;min-height:4.2em;resize:vertical;border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px);padding:.5em .6em;background:var(--bw-bg)}
:where(.bw-prompt-row){display:flex;gap:.5em;align-items:center;justify-content:flex-end}
:where(.bw-prompt-hint){color:var(--bw-muted);font-size:.8em;margin-right:auto}
:where(.bw-tree){list-style:none;margin:0;padding:.3em;font-family:var(--bw-mono);font-size:.9em;border:1px solid var(--bw-border);border-radius:var(--bw-radius);overflow:auto}
:where(.bw-tree ul){list-style:none;margin:0;padding:0}
:where(.bw-tree-row){display:flex;align-items:center;gap:.35em;padding:.15em .4em;border-radius:4px;cursor:pointer;white-space:nowrap}
:where(.bw-tree-row:hover){background:var(--bw-surface)}
:where([aria-selected=true] > .bw-tree-row){background:color-mix(in srgb,var(--bw-accent) 16%,transparent)}
:where(.bw-tree [role=treeitem]:focus){outline:none}
:where(.bw-tree [role=treeitem]:focus-visible > .bw-tree-row){outline:2px solid var(--bw-accent)}
:where(.bw-change){font-size:.75em;border-radius:3px;padding:0 .3em;margin-left:auto;font-family:var(--bw-font)}
:where(.bw-change-written){background:var(--bw-add);color:var(--bw-success)}
:where(.bw-change-edited){background:color-mix(in srgb,var(--bw-warn) 18%,transparent);color:var(--bw-warn)}
:where(.bw-change-deleted,.bw-change-edit_failed){background:var(--bw-remove);color:var(--bw-danger)}
:where(.bw-empty){color:var(--bw-muted);padding:.8em;text-align:center}
:where(.bw-code){border:1px solid var(--bw-border);border-radius:var(--bw-radius);overflow:auto;background:var(--bw-surface);max-height:100%}
:where(.bw-code-header){display:flex;justify-content:space-between;padding:.3em .7em;border-bottom:1px solid var(--bw-border);font-family:var(--bw-mono);font-size:.85em;color:var(--bw-muted)}
:where(.bw-code pre){margin:0;padding:.5em 0;font-family:var(--bw-mono);font-size:.85em;line-height:1.5;tab-size:2}
:where(.bw-code-toolbar){display:flex;gap:.5em;align-items:center;justify-content:flex-end;padding:.3em .7em;border-bottom:1px solid var(--bw-border);font-size:.85em}
:where(.bw-code-note){color:var(--bw-muted)}
:where(.bw-code-editor .bw-alert){margin:.4em .7em}
:where(.bw-code-editor-host .cm-editor){font-size:.85em;background:var(--bw-bg);color:var(--bw-text)}
:where(.bw-code-editor-host .cm-scroller){font-family:var(--bw-mono);line-height:1.5}
:where(.bw-code-editor-host .cm-gutters){background:var(--bw-surface);color:var(--bw-muted);border-right:1px solid var(--bw-border)}
:where(.bw-code-editor-host .cm-editor.cm-focused){outline:none;box-shadow:var(--bw-focus)}
:where(.bw-line){display:block;padding:0 .8em 0 0;white-space:pre}
:where(.bw-line-number){display:inline-block;min-width:3.2em;padding-right:.9em;text-align:right;color:var(--bw-muted);user-select:none}
:where(.bw-line-add){background:var(--bw-add)}
:where(.bw-line-remove){background:var(--bw-remove)}
:where(.bw-line-marker){display:inline-block;width:1.2em;color:var(--bw-muted);user-select:none}
:where(.bw-tok-comment){color:var(--bw-tok-comment);font-style:italic}
:where(.bw-tok-string){color:var(--bw-tok-string)}
:where(.bw-tok-number){color:var(--bw-tok-number)}
:where(.bw-tok-keyword){color:var(--bw-tok-keyword);font-weight:500}
:where(.bw-tok-tag){color:var(--bw-tok-tag)}
:where(.bw-tok-attr){color:var(--bw-tok-attr)}
:where(.bw-tok-property){color:var(--bw-tok-property)}
:where(.bw-preview){display:flex;flex-direction:column;border:1px solid var(--bw-border);border-radius:var(--bw-radius);overflow:hidden;min-height:280px;height:100%}
:where(.bw-preview-bar){display:flex;gap:.5em;align-items:center;padding:.35em .6em;border-bottom:1px solid var(--bw-border);background:var(--bw-surface)}
:where(.bw-preview-url){flex:1;font-family:var(--bw-mono);font-size:.8em;color:var(--bw-muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
:where(.bw-preview-badge){font-size:.75em;font-weight:600;padding:.1em .5em;border-radius:999px;background:var(--bw-accent);color:var(--bw-accent-text);white-space:nowrap}
:where(.bw-preview iframe){flex:1;width:100%;border:0;background:#fff;min-height:240px}
:where(.bw-preview-state){flex:1;display:flex;align-items:center;justify-content:center;flex-direction:column;gap:.4em;padding:1.5em;text-align:center;color:var(--bw-muted)}
:where(.bw-preview-state[data-status=failed]){color:var(--bw-danger)}
:where(.bw-versions){list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.3em}
:where(.bw-version){display:flex;align-items:center;gap:.6em;padding:.4em .6em;border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px)}
:where(.bw-version[aria-current=true]){border-color:var(--bw-accent)}
:where(.bw-version-message){flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
:where(.bw-deploy){display:flex;flex-direction:column;align-items:start;gap:.5em}
:where(.bw-deploy .bw-deployments){align-self:stretch}
:where(.bw-deployed){display:grid;grid-template-columns:auto 1fr;gap:.2em .8em;margin:0}
:where(.bw-deployed dd){margin:0;overflow-wrap:anywhere}
:where(.bw-badge){font-size:.75em;border-radius:999px;padding:.05em .6em;background:var(--bw-surface);border:1px solid var(--bw-border);color:var(--bw-muted)}
:where(.bw-contract dl){display:grid;grid-template-columns:max-content 1fr;gap:.25em .8em;margin:.3em 0}
:where(.bw-contract dt){color:var(--bw-muted)}
:where(.bw-contract dd){margin:0;font-family:var(--bw-mono);overflow-wrap:anywhere}
:where(.bw-abi){list-style:none;margin:0;padding:0;font-family:var(--bw-mono);font-size:.85em}
:where(.bw-api-explorer){display:flex;flex-direction:column;gap:.5em}
:where(.bw-api-header){display:flex;align-items:baseline;justify-content:space-between;gap:.8em}
:where(.bw-api-status){margin:0;color:var(--bw-muted)}
:where(.bw-api-status[data-status=failed]){color:var(--bw-danger)}
:where(.bw-api-group-title){margin:.5em 0 .25em;font-size:.78em;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--bw-muted)}
:where(.bw-api-operations){list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.3em}
:where(.bw-api-operation){border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px);overflow:hidden}
:where(.bw-api-operation[data-result=failed]){border-color:var(--bw-danger)}
:where(.bw-api-operation-button){display:flex;align-items:center;gap:.6em;width:100%;text-align:left;border:0;border-radius:0;background:none;padding:.4em .6em}
:where(.bw-api-operation-button:hover,.bw-api-operation-button[aria-expanded=true]){background:var(--bw-surface)}
:where(.bw-api-method){font-family:var(--bw-mono);font-size:.75em;font-weight:700;min-width:4.6em;text-align:center;border-radius:4px;padding:.1em .3em;border:1px solid currentColor;color:var(--bw-muted)}
:where(.bw-api-method[data-method=GET]){color:var(--bw-accent)}
:where(.bw-api-method[data-method=POST]){color:var(--bw-success)}
:where(.bw-api-method[data-method=PUT],.bw-api-method[data-method=PATCH]){color:var(--bw-warn)}
:where(.bw-api-method[data-method=DELETE]){color:var(--bw-danger)}
:where(.bw-api-path){font-family:var(--bw-mono);font-size:.9em;overflow-wrap:anywhere}
:where(.bw-api-summary){flex:1;min-width:0;color:var(--bw-muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
:where(.bw-api-result){font-size:.8em;white-space:nowrap;color:var(--bw-muted)}
:where(.bw-api-result[data-result=passed]){color:var(--bw-success)}
:where(.bw-api-result[data-result=failed]){color:var(--bw-danger)}
:where(.bw-api-failure){display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em;margin:0;padding:.4em .6em;border-top:1px solid var(--bw-border);background:var(--bw-remove);font-size:.85em}
:where(.bw-api-failure dt){font-weight:600}
:where(.bw-api-failure dd){margin:0;font-family:var(--bw-mono);white-space:pre-wrap;overflow-wrap:anywhere}
:where(.bw-api-detail){padding:.5em .6em;border-top:1px solid var(--bw-border)}
:where(.bw-try-it form){display:flex;flex-direction:column;gap:.5em}
:where(.bw-try-it-parameters){border:0;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(12em,1fr));gap:.4em .8em}
:where(.bw-try-it-parameters legend){font-weight:600;font-size:.9em;padding:0;margin-bottom:.2em}
:where(.bw-try-it-field){display:flex;flex-direction:column;gap:.2em;font-size:.9em}
:where(.bw-try-it input,.bw-try-it textarea){background:var(--bw-bg);border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px);padding:.35em .5em}
:where(.bw-try-it textarea){font-family:var(--bw-mono);font-size:.85em;resize:vertical;width:100%}
:where(.bw-try-it-row){display:flex;align-items:center;gap:.6em}
:where(.bw-try-it-url){flex:1;font-family:var(--bw-mono);font-size:.8em;color:var(--bw-muted);overflow-wrap:anywhere}
:where(.bw-try-it-response){margin-top:.5em;display:flex;flex-direction:column;gap:.3em}
:where(.bw-try-it-status){margin:0}
:where(.bw-try-it-status[data-kind=success] strong){color:var(--bw-success)}
:where(.bw-try-it-status[data-kind=client-error] strong){color:var(--bw-warn)}
:where(.bw-try-it-status[data-kind=server-error] strong){color:var(--bw-danger)}
:where(.bw-try-it-headers dl){display:grid;grid-template-columns:max-content 1fr;gap:.1em .8em;margin:.3em 0;font-family:var(--bw-mono);font-size:.8em}
:where(.bw-try-it-headers dl > div){display:contents}
:where(.bw-try-it-headers dd){margin:0;overflow-wrap:anywhere}
:where(.bw-try-it-response .bw-code){max-height:20em}
:where(.bw-try-it-response .bw-line){padding-left:.8em}
:where(.bw-markdown){white-space:normal}
:where(.bw-markdown-plain){white-space:pre-wrap}
:where(.bw-markdown > :first-child){margin-top:0}
:where(.bw-markdown > :last-child){margin-bottom:0}
:where(.bw-markdown p,.bw-markdown ul,.bw-markdown ol,.bw-markdown blockquote,.bw-md-table,.bw-md-code){margin:.5em 0}
:where(.bw-markdown ul,.bw-markdown ol){padding-left:1.4em}
:where(.bw-md-heading){margin:.7em 0 .3em;font-size:1em;font-weight:600}
:where(.bw-markdown blockquote){border-left:3px solid var(--bw-border);padding-left:.7em;color:var(--bw-muted)}
:where(.bw-markdown a){color:var(--bw-accent);text-decoration:underline}
:where(.bw-md-table){overflow:auto}
:where(.bw-md-table table){border-collapse:collapse}
:where(.bw-md-table th,.bw-md-table td){border:1px solid var(--bw-border);padding:.2em .5em}
:where(.bw-md-code){background:var(--bw-bg)}
:where(.bw-md-code .bw-line){padding-left:.8em}
:where(.bw-projects){display:flex;flex-direction:column;gap:.6em}
:where(.bw-projects-header){display:flex;align-items:center;gap:.75em}
:where(.bw-projects-title){margin:0;font-size:1em;font-weight:600;flex:1}
:where(.bw-projects-search,.bw-project-rename input){border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px);padding:.35em .6em;background:var(--bw-bg)}
:where(.bw-project-rows){list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.3em}
:where(.bw-project){display:flex;align-items:center;gap:.5em;padding:.35em .5em;border:1px solid var(--bw-border);border-radius:calc(var(--bw-radius) - 2px)}
:where(.bw-project[aria-current=true]){border-color:var(--bw-accent)}
:where(.bw-project[data-error=true]){border-color:var(--bw-danger)}
:where(.bw-project-open){flex:1;display:flex;align-items:center;gap:.6em;min-width:0;text-align:left;border:0;background:none;padding:.2em}
:where(.bw-project-open .bw-project-name){flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
:where(.bw-project > .bw-project-name){flex:1}
:where(.bw-project-rename){display:flex;gap:.5em;flex:1}
:where(.bw-project-rename input){flex:1}
:where(.bw-projects-more){align-self:center}
:where(.bw-templates){border:1px solid var(--bw-border);border-radius:var(--bw-radius);padding:.5em .75em;display:flex;flex-direction:column;gap:.4em}
:where(.bw-template-list){list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.3em}
:where(.bw-template label){display:grid;grid-template-columns:auto 1fr;column-gap:.5em;cursor:pointer}
:where(.bw-template-name){font-weight:600}
:where(.bw-template-detail){grid-column:2;opacity:.75;font-size:.9em}
:where(.bw-template-score){font-weight:400;opacity:.75}
:where(.bw-agent-playground,.bw-agent-log,.bw-agent-stats,.bw-agent-editor,.bw-agent-form){display:flex;flex-direction:column;gap:.6em}
:where(.bw-agent-field){display:flex;flex-direction:column;gap:.2em}
:where(.bw-agent-field textarea){font-family:var(--bw-mono);font-size:.85em}
:where(.bw-agent-field [aria-invalid=true]){border-color:var(--bw-danger)}
:where(.bw-field-problem){margin:0;color:var(--bw-danger);font-size:.85em}
:where(.bw-agent-limits){display:grid;grid-template-columns:repeat(auto-fit,minmax(8em,1fr));gap:.5em;border:1px solid var(--bw-border);border-radius:var(--bw-radius,6px)}
:where(.bw-agent-version){color:var(--bw-muted);font-size:.85em}
:where(.bw-agent-header){display:flex;align-items:center;justify-content:space-between}
:where(.bw-agent-header h2){margin:0;font-size:1.05em}
:where(.bw-agent-actions){display:flex;justify-content:flex-end;gap:.5em}
:where(.bw-agent-events){margin:0;padding-left:1.6em;font-family:var(--bw-mono);font-size:.85em;overflow-wrap:anywhere}
:where(.bw-agent-event[data-type=agent.failed]){color:var(--bw-danger)}
:where(.bw-agent-event[data-type=usage]){color:var(--bw-muted)}
:where(.bw-agent-output pre){margin:0 0 .3em;white-space:pre-wrap;font-family:var(--bw-mono)}
:where(.bw-agent-table){border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;font-size:.9em}
:where(.bw-agent-table th,.bw-agent-table td){text-align:left;padding:.3em .5em;border-bottom:1px solid var(--bw-border)}
:where(.bw-agent-table tr[data-status=failed]){color:var(--bw-danger)}
:where(.bw-agent-totals){display:grid;grid-template-columns:repeat(auto-fit,minmax(7em,1fr));gap:.4em;margin:0}
:where(.bw-agent-totals dt){color:var(--bw-muted);font-size:.8em}
:where(.bw-agent-totals dd){margin:0 0 .3em;font-size:1.2em;font-variant-numeric:tabular-nums}
:where(.bw-agent-chart){display:block;max-width:100%}
.bw-code-pre{display:block;white-space:pre}
.bw-code-text{display:block;margin:0;padding:0;border:0;border-radius:0;background:none;color:inherit;font:inherit;letter-spacing:normal;white-space:pre}
.bw-line{display:block;white-space:pre}
.bw-md-codespan{display:inline;padding:.05em .3em;border:0;border-radius:4px;background:color-mix(in srgb,currentColor 10%,transparent);color:inherit;font-family:var(--bw-mono,monospace);font-size:.9em;line-height:inherit;white-space:pre-wrap}
`;
