import type { BuilderClient, BuildwrightError, ProjectKind, TemplateMatch, TemplateSummary } from '@buildwright/client';
import { useEffect, useState, type ReactNode } from 'react';
import { useBuilder } from '../hooks/use-builder.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface TemplatePickerProps {
  /** The template chosen, or `null` for "best match" (the server picks by the prompt). */
  value: string | null;
  onChange(template: string | null): void;
  /** Only templates that fit this kind. */
  kind?: ProjectKind;
  /** Ranks the templates by similarity to this text (e.g. the prompt being typed) with their match; none: registry order. */
  query?: string;
  /** Wait after the query changes before searching, in ms. Default 300. */
  searchDelayMs?: number;
  /** Heading. Default "Template". */
  title?: string;
  unstyled?: boolean;
  className?: string;
}

/** What `<TemplatePicker/>` shows: the templates (with their match to the query when searched), or why not. */
export interface TemplatePickerState {
  status: 'loading' | 'ready' | 'error';
  templates: Array<TemplateSummary & { score?: number }>;
  error: Pick<BuildwrightError, 'code' | 'message'> | null;
}

/**
 * Choose the template a generation starts from: the server's templates (`GET /templates`), ranked
 * by similarity to `query` when one is given (`GET /templates?query=`) with each one's match, plus
 * "Best match" (`null`: the server picks by the prompt). Pass the choice to
 * `client.generate(prompt, kind, { template })`. Needs a `<BuilderProvider>`.
 *
 * @example
 * const [template, setTemplate] = useState<string | null>(null);
 * <TemplatePicker kind="web" query={prompt} value={template} onChange={setTemplate} />
 * <button onClick={() => client.generate(prompt, 'web', template ? { template } : {})}>Build</button>
 */
export function TemplatePicker(props: TemplatePickerProps): ReactNode {
  const client = useBuilder();
  const state = useTemplates(client, props.kind, props.query?.trim() ?? '', props.searchDelayMs ?? 300);
  return <TemplatePickerView {...props} state={state} />;
}

function useTemplates(client: Pick<BuilderClient, 'listTemplates' | 'searchTemplates'>, kind: ProjectKind | undefined, query: string, delayMs: number): TemplatePickerState {
  const [state, setState] = useState<TemplatePickerState>({ status: 'loading', templates: [], error: null });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      async () => {
        try {
          const listed = await client.listTemplates(kind ? { kind } : {});
          const matches: TemplateMatch[] = query ? await client.searchTemplates(query, { ...(kind ? { kind } : {}), limit: Math.min(50, Math.max(1, listed.length)) }) : [];
          const byName = new Map(listed.map((template) => [template.name, template]));
          const ranked = matches.flatMap((match) => (byName.has(match.name) ? [{ ...byName.get(match.name)!, score: match.score }] : []));
          if (current) setState({ status: 'ready', templates: query ? ranked : listed, error: null });
        } catch (error) {
          const { code, message } = error as BuildwrightError;
          if (current) setState((previous) => ({ ...previous, status: 'error', error: { code: code ?? 'SERVER_UNAVAILABLE', message: message ?? String(error) } }));
        }
      },
      query ? delayMs : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, kind, query, delayMs]);
  return state;
}

/** The markup of `<TemplatePicker/>` for a given state (rendered on the server and in tests as is). */
export function TemplatePickerView({ state, value, onChange, title = 'Template', unstyled, className }: TemplatePickerProps & { state: TemplatePickerState }): ReactNode {
  useDefaultTheme(!unstyled);
  const option = (name: string | null, label: ReactNode, detail: ReactNode) => (
    <li key={name ?? ''} className="bw-template" data-template={name ?? 'auto'}>
      <label>
        <input type="radio" name="bw-template" checked={value === name} onChange={() => onChange(name)} />
        <span className="bw-template-name">{label}</span>
        <span className="bw-template-detail">{detail}</span>
      </label>
    </li>
  );
  return (
    <fieldset className={classNames('bw bw-templates', className)} aria-busy={state.status === 'loading'}>
      <legend>{title}</legend>
      {state.error && (
        <div className="bw-alert" role="alert" data-code={state.error.code}>
          {state.error.message}
        </div>
      )}
      {state.status === 'loading' && !state.templates.length && (
        <p className="bw-empty" role="status">
          Loading templates…
        </p>
      )}
      <ul className="bw-template-list">
        {option(null, 'Best match', 'Picked for the prompt when the run starts')}
        {state.templates.map((template) =>
          option(
            template.name,
            <>
              {template.name}
              {template.score !== undefined && <span className="bw-template-score"> {Math.round(Math.max(0, template.score) * 100)}% match</span>}
            </>,
            template.description,
          ),
        )}
      </ul>
    </fieldset>
  );
}
