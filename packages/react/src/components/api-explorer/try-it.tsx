import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { callApi, type ApiCallResult } from '../../openapi/call-api.js';
import type { ApiOperation } from '../../openapi/spec-operations.js';
import { requestUrl } from '../../openapi/request-url.js';
import { TryItAnswer } from './try-it-answer.js';

export interface TryItProps {
  operation: ApiOperation;
  /** Base URL of the running API; null when it is not running. */
  apiUrl: string | null;
  fetch?: typeof globalThis.fetch | undefined;
}

const keyOf = (parameter: ApiOperation['parameters'][number]) => `${parameter.in}:${parameter.name}`;

/**
 * A form that sends one request for an operation to the live API: its path, query and header
 * parameters and JSON body prefilled from the spec's examples, then the answer. Enter in a field,
 * or Ctrl/Cmd+Enter in the body, sends it.
 */
export function TryIt({ operation, apiUrl, fetch }: TryItProps): ReactNode {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(operation.parameters.map((parameter) => [keyOf(parameter), parameter.example])));
  const [body, setBody] = useState(operation.body?.example ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<ApiCallResult | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const pick = (location: 'path' | 'query' | 'header') =>
    Object.fromEntries(operation.parameters.filter((parameter) => parameter.in === location).map((parameter) => [parameter.name, values[keyOf(parameter)] ?? '']));
  const url = apiUrl === null ? null : requestUrl(apiUrl, operation.path, pick('path'), pick('query'));

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (url === null || sending) return;
    const missing = operation.parameters.filter((parameter) => parameter.required && !values[keyOf(parameter)]?.trim()).map((parameter) => `${parameter.name} (${parameter.in})`);
    if (missing.length > 0) return setProblem(`Fill in ${missing.join(', ')}: the operation needs ${missing.length === 1 ? 'it' : 'them'}.`);
    const hasBody = operation.body !== null && body.trim() !== '';
    if (hasBody && /json/i.test(operation.body!.mediaType)) {
      try {
        JSON.parse(body);
      } catch (error) {
        return setProblem(`The body is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it, or empty it to send no body.`);
      }
    }
    setProblem(null);
    setSending(true);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const headers = { ...pick('header'), ...(hasBody ? { 'content-type': operation.body!.mediaType } : {}) };
    const answer = await callApi({
      method: operation.method,
      url,
      headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== '')),
      body: hasBody ? body : null,
      signal: controller.signal,
      ...(fetch ? { fetch } : {}),
    });
    if (controller.signal.aborted) return;
    setResult(answer);
    setSending(false);
  }

  const sendFromBody = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send(event);
  };

  return (
    <div className="bw-try-it">
      <form onSubmit={send} aria-label={`Try ${operation.method} ${operation.path}`} noValidate>
        {operation.parameters.length > 0 && (
          <fieldset className="bw-try-it-parameters">
            <legend>Parameters</legend>
            {operation.parameters.map((parameter) => {
              const key = keyOf(parameter);
              return (
                <label key={key} className="bw-try-it-field">
                  <span>
                    {parameter.name} <span className="bw-cost">({[parameter.in, parameter.required ? 'required' : null].filter(Boolean).join(', ')})</span>
                  </span>
                  <input
                    type="text"
                    name={key}
                    value={values[key] ?? ''}
                    required={parameter.required}
                    aria-required={parameter.required}
                    {...(parameter.description ? { title: parameter.description } : {})}
                    onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
                  />
                </label>
              );
            })}
          </fieldset>
        )}
        {operation.body && (
          <label className="bw-try-it-field">
            <span>
              Request body <span className="bw-cost">({[operation.body.mediaType, operation.body.required ? 'required' : null].filter(Boolean).join(', ')})</span>
            </span>
            <textarea
              name="body"
              value={body}
              spellCheck={false}
              rows={Math.min(14, Math.max(3, body.split('\n').length))}
              onChange={(event) => setBody(event.target.value)}
              onKeyDown={sendFromBody}
              aria-describedby={`${id}-body-hint`}
            />
            <span id={`${id}-body-hint`} className="bw-visually-hidden">
              Ctrl+Enter sends the request.
            </span>
          </label>
        )}
        <div className="bw-try-it-row">
          <code className="bw-try-it-url">{url === null ? `${operation.method} ${operation.path}` : `${operation.method} ${url}`}</code>
          <button type="submit" className="bw-primary" disabled={url === null || sending} aria-busy={sending || undefined}>
            {sending ? 'Sending…' : 'Send'}
          </button>
        </div>
        {url === null && (
          <p className="bw-cost" role="note">
            The API is not running, so requests cannot be sent. Its server starts when a run's start check passes.
          </p>
        )}
        {problem && (
          <p className="bw-alert" role="alert">
            {problem}
          </p>
        )}
      </form>
      <section className="bw-try-it-response" aria-label="Response" aria-live="polite" aria-busy={sending}>
        {result && <TryItAnswer result={result} />}
      </section>
    </div>
  );
}
